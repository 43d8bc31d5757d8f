/**
 * The site's security headers and its Content-Security-Policy, in one place
 * for both outputs (`next start` and the static export).
 *
 * The policy comes in two parts, and the browser enforces both:
 * - `headerPolicy`, the same for every response, sent as a header
 *   (next.config.ts for `next start`, out/_headers for static hosts): what a
 *   page may load besides scripts, and that no site may frame it.
 * - `documentPolicy`, per page, in a `<meta http-equiv>` at the top of the
 *   page (the post-build pass, build/post-build.ts): the same, plus script-src with
 *   the sha256 of each inline script that page carries. Scripts: our own
 *   files ('self') and those hashes, never 'unsafe-inline'.
 * Why the per-page part is not a header: the pages are static, so a server
 * that chooses a header per page costs time on every request (a Next proxy
 * measured 0.4–0.5 ms of CPU per page request, +35–65 %), and static hosts
 * cannot carry one (see headers-file.ts). Styles: 'self' only; the pages
 * carry no inline style.
 *
 * Every other response (assets, feeds, redirects, errors, refusals) carries
 * `otherPolicy` in its header instead: the header part plus a script-src
 * without hashes, so nothing but our own files runs in it, whatever it is.
 * Only a post-processed page may go without a script-src in its header.
 */

/** Headers every response gets, whatever it is, besides the CSP. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // For browsers without CSP frame-ancestors.
  'X-Frame-Options': 'DENY',
  // Nothing on the site needs these; deny them to every frame and script.
  'Permissions-Policy': [
    'accelerometer=()',
    'autoplay=()',
    'browsing-topics=()',
    'camera=()',
    'display-capture=()',
    'geolocation=()',
    'gyroscope=()',
    'magnetometer=()',
    'microphone=()',
    'payment=()',
    'usb=()',
  ].join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export interface PolicyInput {
  /** CSP hash sources of the page's inline scripts, e.g. `'sha256-…'`. */
  readonly scriptHashes: readonly string[];
  /** Origins images may come from besides the site (site.imageOrigins). */
  readonly imageOrigins: readonly string[];
}

/** CSP hash sources look like this; anything else must never reach script-src. */
const HASH_SOURCE = /^'sha(?:256|384|512)-[A-Za-z0-9+/]+={0,2}'$/;
const ORIGIN = /^https:\/\/[a-z0-9.-]+(?::\d+)?$/;

function checked(values: readonly string[], pattern: RegExp, what: string): readonly string[] {
  for (const value of values) {
    if (!pattern.test(value)) throw new Error(`not a ${what}: ${JSON.stringify(value)}`);
  }
  return [...new Set(values)];
}

function serialise(directives: readonly (readonly string[])[]): string {
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/** What any page may load and send, scripts aside. */
function loading(imageOrigins: readonly string[]): string[][] {
  return [
    ['style-src', "'self'"],
    ['img-src', "'self'", ...checked(imageOrigins, ORIGIN, 'https origin')],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
  ];
}

/**
 * One page's whole policy, for its `<meta http-equiv>`: no frame-ancestors
 * (a meta policy ignores it, and Chromium logs an error for it).
 */
export function documentPolicy({ scriptHashes, imageOrigins }: PolicyInput): string {
  return serialise([
    ['default-src', "'self'"],
    // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly and nothing
    // else: no eval, no new Function. It is on every page, not only /search/,
    // because a client-side navigation keeps the first page's policy.
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...checked(scriptHashes, HASH_SOURCE, 'CSP hash source')],
    ...loading(imageOrigins),
  ]);
}

/**
 * The header part, the same for every response. No script-src and no
 * default-src here: either would forbid the page's inline scripts, whose
 * hashes only the page's own policy knows. frame-ancestors only works in a
 * header.
 */
export function headerPolicy(imageOrigins: readonly string[]): string {
  return serialise([...loading(imageOrigins), ['frame-ancestors', "'none'"]]);
}

/**
 * The header policy of every response that is not a post-processed page: the
 * page's limits, and scripts from our own files only, no inline script at
 * all. 'self' and 'wasm-unsafe-eval' because a worker takes its policy from
 * its own response: Pagefind's worker loads its WebAssembly under this one.
 */
export function otherPolicy(imageOrigins: readonly string[]): string {
  return serialise([
    ['default-src', "'self'"],
    ['script-src', "'self'", "'wasm-unsafe-eval'"],
    ...loading(imageOrigins),
    ['frame-ancestors', "'none'"],
  ]);
}

/**
 * What a response is, for its headers: a post-processed page (it carries its
 * own script policy), the editors' admin at /admin/ (its own policy, below),
 * or anything else.
 */
export type ResponseKind = 'page' | 'other' | 'admin';

/** Every header of a page's or another response, its CSP included. */
export function responseHeaders(imageOrigins: readonly string[], kind: Exclude<ResponseKind, 'admin'> = 'page'): Readonly<Record<string, string>> {
  const policy = kind === 'page' ? headerPolicy(imageOrigins) : otherPolicy(imageOrigins);
  return { ...SECURITY_HEADERS, 'Content-Security-Policy': policy };
}

/** The origins the admin talks to besides its own (lib/site.ts). */
export interface AdminPolicyInput {
  /** Origins images may come from besides the site (site.imageOrigins): a post's hero in the editor and the preview. */
  readonly imageOrigins: readonly string[];
  /** Origin of the GitHub OAuth handler (site.admin.oauthBaseUrl). */
  readonly oauthOrigin: string;
}

/** An https origin, or plain http on loopback (a handler run on the editor's own machine). */
const OAUTH_ORIGIN = /^(?:https:\/\/[a-z0-9.-]+|http:\/\/(?:127\.0\.0\.1|localhost))(?::\d+)?$/;

/**
 * The admin's policy (/admin/, Decap CMS 3.16): exactly what Decap needs,
 * found by loading the admin in Chromium under a strict policy and allowing
 * each thing it was refused (log in, open a post, its preview, the media
 * library, an upload), plus what its GitHub backend loads in production
 * (read from its source). A header only: the admin page is not post-processed.
 * - script-src 'unsafe-eval': Decap validates its configuration with ajv 8,
 *   which compiles each JSON schema to a function with `new Function`;
 *   without it CMS.init throws "Error compiling schema" and the admin never
 *   renders. ('wasm-unsafe-eval' is not enough: that is no WebAssembly.) Still
 *   no inline script: our own files only, as on every page.
 * - style-src 'unsafe-inline': Decap's UI is styled by emotion, which inserts
 *   <style> elements at run time.
 * - img-src blob: (media from the repository and new uploads are shown as blob
 *   URLs: the GitHub backend fetches files through the API, never from
 *   raw.githubusercontent.com), the image hosts, and GitHub's avatars (the
 *   logged-in editor's picture). No data:: Decap's bundle makes data: images
 *   only in widgets and backends this admin does not use (CodeMirror's drag
 *   image in the code widget, the color widget's swatch, Uploadcare).
 * - connect-src: the GitHub API (REST and GraphQL); blob: (an upload is read
 *   back from its blob URL to send it); GitHub's status page (the backend
 *   checks it to warn that GitHub is down); the OAuth handler (Decap posts to
 *   `<base_url>/<auth_endpoint>/refresh` when a token expires; the login
 *   itself is a popup, a navigation); decap-server on loopback, which the admin
 *   uses only when it is itself opened on 127.0.0.1 or localhost
 *   (lib/admin/local-backend.ts), on any port (`?backend=`).
 * - The preview is an `about:srcdoc` frame, which inherits this policy: no
 *   frame-src needed. frame-ancestors 'none': nobody may frame the admin.
 */
export function adminPolicy({ imageOrigins, oauthOrigin }: AdminPolicyInput): string {
  const [oauth] = checked([oauthOrigin], OAUTH_ORIGIN, 'OAuth handler origin');
  return serialise([
    ['default-src', "'self'"],
    ['script-src', "'self'", "'unsafe-eval'"],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'blob:', ...checked(imageOrigins, ORIGIN, 'https origin'), 'https://avatars.githubusercontent.com'],
    ['font-src', "'self'"],
    ['connect-src', "'self'", 'blob:', 'https://api.github.com', 'https://www.githubstatus.com', oauth!, 'http://127.0.0.1:*', 'http://localhost:*'],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ]);
}

/**
 * Every header of a response under /admin/: the site's headers, but a COOP
 * that keeps the GitHub login popup's link to the admin (it reports the token
 * back with window.opener.postMessage; `same-origin` would cut it), the
 * admin's policy, and never in a search engine.
 */
export function adminHeaders(input: AdminPolicyInput): Readonly<Record<string, string>> {
  return {
    ...SECURITY_HEADERS,
    'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
    'Content-Security-Policy': adminPolicy(input),
    'X-Robots-Tag': 'noindex, nofollow',
  };
}

/** The headers of each kind of response, for a site's configuration (its image hosts and OAuth handler). */
export function headerSets(site: { readonly imageOrigins: readonly string[]; readonly admin: { readonly oauthBaseUrl: string } }): Readonly<Record<ResponseKind, Readonly<Record<string, string>>>> {
  return {
    page: responseHeaders(site.imageOrigins, 'page'),
    other: responseHeaders(site.imageOrigins, 'other'),
    admin: adminHeaders({ imageOrigins: site.imageOrigins, oauthOrigin: site.admin.oauthBaseUrl }),
  };
}

/** Headers in the { key, value } list form Next's headers() and serve.json take. */
export function headerList(headers: Readonly<Record<string, string>>): { key: string; value: string }[] {
  return Object.entries(headers).map(([key, value]) => ({ key, value }));
}
