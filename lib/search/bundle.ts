/**
 * Where a build's Pagefind bundle is served. /_next/static/ is served with a
 * one-year immutable cache, and Pagefind's loader, worker and WebAssembly keep
 * the same file names from build to build (only the index chunks are
 * content-hashed), so each build gets a folder of its own: a new deploy can
 * never pair a cached old file with a new one. The search page renders the
 * folder's name (a per-build version); the post-build pass reads it back
 * from the built page and writes the bundle there.
 */

export const SEARCH_BUNDLE_BASE = '/_next/static/pagefind/';

const VERSION = /^[0-9a-z]+$/;
const BUNDLE_URL = /\/_next\/static\/pagefind\/([0-9a-z]+)\/pagefind\.js/g;

/** A version for this build: base-36 milliseconds, unique per build and easy to date. */
export function newBundleVersion(now: number = Date.now()): string {
  return now.toString(36);
}

/** URL of the bundle's entry module for a version. */
export function searchBundleUrl(version: string): string {
  if (!VERSION.test(version)) throw new Error(`invalid search bundle version: ${JSON.stringify(version)}`);
  return `${SEARCH_BUNDLE_BASE}${version}/pagefind.js`;
}

/** Every bundle version a built page refers to, without repeats. */
export function bundleVersionsIn(html: string): string[] {
  return [...new Set([...html.matchAll(BUNDLE_URL)].map((match) => match[1] ?? ''))].filter(Boolean);
}
