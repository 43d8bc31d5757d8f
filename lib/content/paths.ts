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
