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

/** What a response is, for its headers: a post-processed page (it carries its own script policy) or anything else. */
export type ResponseKind = 'page' | 'other';

/** Every header of a response, its CSP included. */
export function responseHeaders(imageOrigins: readonly string[], kind: ResponseKind = 'page'): Readonly<Record<string, string>> {
  const policy = kind === 'page' ? headerPolicy(imageOrigins) : otherPolicy(imageOrigins);
  return { ...SECURITY_HEADERS, 'Content-Security-Policy': policy };
}

/** Headers in the { key, value } list form Next's headers() and serve.json take. */
export function headerList(headers: Readonly<Record<string, string>>): { key: string; value: string }[] {
  return Object.entries(headers).map(([key, value]) => ({ key, value }));
}
