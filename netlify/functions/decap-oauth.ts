/**
 * The one server function a static host needs: Decap's GitHub login handler
 * (lib/admin/oauth.ts, the same code as the server build's app/api/auth/
 * routes), as a Netlify Function (v2: a Fetch-API Request in, a Response
 * out). Netlify finds it in netlify/functions/ and bundles its imports;
 * `config.path` mounts it where site.admin.authEndpoint says (`/api/auth`
 * and its callback, `/api/auth/callback/`). It reads DECAP_GITHUB_CLIENT_ID
 * and DECAP_GITHUB_CLIENT_SECRET from the site's environment variables.
 * Netlify applies no _headers rule to a function's response: the handler
 * sets every header itself. Other hosts: README, "Admin login (GitHub OAuth)".
 */
import { handleOAuthRequest } from '../../lib/admin/oauth';
import { site } from '../../lib/site';

export default function decapOAuth(request: Request): Promise<Response> {
  return handleOAuthRequest(request, process.env, site);
}

/**
 * Netlify's function config (its `Config` type, without depending on
 * @netlify/functions for one field). Netlify reads it without running the
 * code, so the paths are literals; lib/admin/oauth.test.ts checks them
 * against site.admin.authEndpoint.
 */
export const config: { readonly path: readonly string[] } = {
  path: ['/api/auth', '/api/auth/*'],
};
