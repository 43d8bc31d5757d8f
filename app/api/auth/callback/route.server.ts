/**
 * The OAuth handler's callback route (lib/admin/oauth.ts): checks the state,
 * exchanges the code and hands the token to the admin window. Server build
 * only, like the start route (next.config.ts, pageExtensions).
 */
import 'server-only';
import { finishLogin } from '@/lib/admin/oauth';
import { site } from '@/lib/site';

// The answer depends on the request's code, state and cookie, and carries a token: never cached.
export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return finishLogin(request, process.env, site);
}
