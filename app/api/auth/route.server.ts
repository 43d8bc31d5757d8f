/**
 * The OAuth handler's start route for Decap's GitHub login (lib/admin/oauth.ts).
 * Server build only: the `.server.ts` extension is a page extension only when
 * the build is not a static export (next.config.ts).
 */
import 'server-only';
import { startLogin } from '@/lib/admin/oauth';
import { site } from '@/lib/site';

// Every request gets a fresh state and cookie: never cached, never prerendered.
export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return startLogin(request, process.env, site);
}
