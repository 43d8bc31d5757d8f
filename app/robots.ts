import type { MetadataRoute } from 'next';
import { buildRobots } from '@/lib/seo/robots';
import { site } from '@/lib/site';

// Built once with the site: the static export has no server to render it later.
export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return buildRobots(site.url);
}
