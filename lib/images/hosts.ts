/**
 * Image hosts that resize on request, and how to ask them. Unsplash serves
 * through imgix: `w` sets the width, `q` the quality, `auto=format` picks WebP
 * or AVIF for the browser.
 */
const RESIZING_HOSTS = new Set(['images.unsplash.com']);

export function canResize(src: string): boolean {
  try {
    return RESIZING_HOSTS.has(new URL(src).hostname);
  } catch {
    return false;
  }
}

export function resizedImageUrl(src: string, width: number, quality?: number): string {
  if (!canResize(src)) {
    // Local files and other hosts are served as they are; the width marker
    // keeps srcset entries distinct and is ignored by static servers.
    return src.startsWith('/') ? `${src}?w=${width}` : src;
  }
  const url = new URL(src);
  url.searchParams.set('w', String(width));
  url.searchParams.set('q', String(quality ?? 75));
  url.searchParams.set('auto', 'format');
  url.searchParams.set('fit', 'crop');
  return url.toString();
}
