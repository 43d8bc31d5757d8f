/** URL rules for posts, in one place. The old site used trailing slashes; so do we. */

export const BLOG_PREFIX = '/blog/';

/**
 * The folder that holds blog/*.md: CONTENT_DIR when set (the e2e fixture site
 * and the bench build from content of their own; never set in production).
 */
export function contentDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.CONTENT_DIR ?? 'content';
}

/** The slug is the file name without its extension, whatever folder it sits in. */
export function slugFromFilePath(filePath: string): string {
  const base = filePath.split(/[\\/]/).pop() ?? filePath;
  return base.replace(/\.mdx?$/i, '');
}

export function postPath(slug: string): string {
  return `${BLOG_PREFIX}${slug}/`;
}

/**
 * Reads the post slug and fragment out of a link written in markdown. Accepts
 * "/blog/x/", "/blog/x", "/blog/x/#part" and absolute URLs on `siteOrigins`.
 * Returns null for links that are not links to a post.
 */
/** A malformed escape ("100%") stays as written, so the link check reports it instead of crashing. */
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function parsePostLink(
  href: string,
  siteOrigins: readonly string[] = [],
): { slug: string; hash: string } | null {
  let path = href;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return null;
    }
    if (!siteOrigins.includes(url.origin)) return null;
    path = `${url.pathname}${url.hash}`;
  }
  const m = /^\/blog\/([^/?#]+)\/?(?:\?[^#]*)?(#.*)?$/.exec(path);
  if (!m || !m[1]) return null;
  return { slug: safeDecode(m[1]), hash: m[2] ?? '' };
}

/** Stands for this site in URLs resolved the way a browser resolves a post page's links; never a real host (RFC 6761). */
const PAGE_ORIGIN = 'https://post-page.invalid';

/** An address as a browser on `page` reads it (backslashes as slashes, `..` resolved), or null when it cannot be read. */
function resolveOnPage(href: string, page: string): URL | null {
  try {
    return new URL(href, `${PAGE_ORIGIN}${page}`);
  } catch {
    return null;
  }
}

/**
 * Whether a link leaves the site, read as a browser reads it: `//host/…`,
 * `/\host` and `\\host` are other hosts, though they look like paths.
 */
export function leavesSite(href: string, siteOrigins: readonly string[]): boolean {
  const url = resolveOnPage(href, '/');
  return url !== null && url.origin !== PAGE_ORIGIN && !siteOrigins.includes(url.origin);
}

export interface PostLinkTarget {
  readonly slug: string;
  /** The fragment as written, with its `#`; '' without one. */
  readonly hash: string;
  /** Written as the export's file, /blog/<slug>/index.html. */
  readonly indexFile: boolean;
}

/**
 * The post a link on the page of post `from` leads to, wherever the page's
 * link came from (Markdown, a reference, raw HTML) and however it is written:
 * /blog/x/, ../x/, /blog/x/index.html, an absolute URL on `siteOrigins`.
 * Null for anything else, including other hosts written `//host/blog/x/`.
 */
export function resolvePostLink(href: string, from: string, siteOrigins: readonly string[]): PostLinkTarget | null {
  const url = resolveOnPage(href, postPath(encodeURIComponent(from)));
  if (!url || (url.origin !== PAGE_ORIGIN && !siteOrigins.includes(url.origin))) return null;
  const m = /^\/blog\/([^/]+)\/?(index\.html)?$/.exec(url.pathname);
  if (!m || !m[1]) return null;
  return { slug: safeDecode(m[1]), hash: url.hash, indexFile: m[2] !== undefined };
}
