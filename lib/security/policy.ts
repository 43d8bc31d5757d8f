/**
 * The site's security headers and its Content-Security-Policy, in one place
 * for both outputs: proxy.ts sends them from `next start`, and
 * scripts/write-security-headers.ts writes them into the static export.
 *
 * Scripts: only our own files ('self') and the inline scripts whose sha256
 * the build recorded for that page (Next's RSC payload and bootstrap, our
 * theme script), never 'unsafe-inline'. Styles: only our stylesheet; the
 * pages carry no inline style, so 'unsafe-inline' is not needed there either.
 */

/** Headers every response gets, whatever it is. */
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

/**
 * What a page may load and run. Valid in a header and in a
 * `<meta http-equiv>` alike (no frame-ancestors: a meta policy ignores it
 * and Chromium logs an error for it).
 */
export function documentPolicy({ scriptHashes, imageOrigins }: PolicyInput): string {
  return serialise([
    ['default-src', "'self'"],
    // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly and nothing
    // else: no eval, no new Function. It is on every page, not only /search/,
    // because a client-side navigation keeps the first page's policy.
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...checked(scriptHashes, HASH_SOURCE, 'CSP hash source')],
    ['style-src', "'self'"],
    ['img-src', "'self'", ...checked(imageOrigins, ORIGIN, 'https origin')],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
  ]);
}

/** The part of the policy only a header can carry: no site may frame ours. */
export const FRAMING_POLICY = "frame-ancestors 'none'";

/** The whole policy as one header (`next start`). */
export function headerPolicy(input: PolicyInput): string {
  return `${documentPolicy(input)}; ${FRAMING_POLICY}`;
}
