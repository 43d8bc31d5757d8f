import { robotsTxt } from '@/lib/seo/robots';
import { site } from '@/lib/site';

// Rendered once at build time, so the static export writes out/robots.txt too.
export const dynamic = 'force-static';

export function GET(): Response {
  return new Response(robotsTxt(site.url), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
