/**
 * The per-page script hashes of a server build, written after `next build`
 * by scripts/write-security-headers.ts into the build folder and read by
 * proxy.ts. A page's hashes are only known once its HTML exists, so they
 * cannot be part of the build itself.
 */

export const CSP_MANIFEST_FILE = 'csp-manifest.json';

export interface CspManifest {
  /** Site path (`/`, `/blog/x/`) → hash sources of that page's inline scripts. */
  readonly pages: Readonly<Record<string, readonly string[]>>;
  /** The not-found page's hashes: what an unknown path is answered with. */
  readonly notFound: readonly string[];
}

export function isCspManifest(value: unknown): value is CspManifest {
  const candidate = value as Partial<Record<keyof CspManifest, unknown>> | null;
  const isHashList = (list: unknown): boolean => Array.isArray(list) && list.every((item) => typeof item === 'string');
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    isHashList(candidate.notFound) &&
    typeof candidate.pages === 'object' &&
    candidate.pages !== null &&
    Object.values(candidate.pages).every(isHashList)
  );
}

/** A path that names a file (`/rss.xml`, `/og/x/image.png`) or Next's own assets: never an HTML page of ours. */
function isAssetPath(pathname: string): boolean {
  return pathname.startsWith('/_next/') || /\/[^/]+\.[a-z0-9]+$/i.test(pathname);
}

/**
 * The script hashes for the document served at a path, or null when the
 * response is not one of our HTML pages. Paths are looked up as Next serves
 * them: decoded, with the trailing slash this site always uses.
 */
export function scriptHashesFor(manifest: CspManifest, pathname: string): readonly string[] | null {
  if (isAssetPath(pathname)) return null;
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // A malformed escape is a 404; look it up as written.
  }
  if (!path.endsWith('/')) path = `${path}/`;
  return Object.hasOwn(manifest.pages, path) ? manifest.pages[path]! : manifest.notFound;
}
