import { canResize } from '../images/hosts';
import { publicImageSize } from '../images/dimensions';
import { absoluteUrl, site } from '../site';

export interface SocialImage {
  /** Absolute URL. */
  readonly url: string;
  readonly width: number;
  readonly height: number;
  readonly alt: string;
}

/** The Open Graph size: what link previews crop to anyway. */
export const SOCIAL_WIDTH = 1200;
export const SOCIAL_HEIGHT = 630;

/**
 * The image a post shows in link previews and structured data, always with a
 * known size: a resizing host crops the hero to 1200×630; a local hero is
 * measured; a hero of unknown size, or none, falls back to the site's image.
 */
export function socialImage(
  hero: { readonly src: string; readonly alt: string } | null,
  options: { readonly base?: string; readonly measure?: typeof publicImageSize } = {},
): SocialImage {
  const base = options.base ?? site.url;
  const measure = options.measure ?? publicImageSize;
  if (hero && canResize(hero.src)) {
    const url = new URL(hero.src);
    url.searchParams.set('w', String(SOCIAL_WIDTH));
    url.searchParams.set('h', String(SOCIAL_HEIGHT));
    url.searchParams.set('fit', 'crop');
    url.searchParams.set('q', '80');
    url.searchParams.set('auto', 'format');
    return { url: url.toString(), width: SOCIAL_WIDTH, height: SOCIAL_HEIGHT, alt: hero.alt };
  }
  if (hero && hero.src.startsWith('/')) {
    const size = measure(hero.src);
    if (size) return { url: absoluteUrl(hero.src, base), ...size, alt: hero.alt };
  }
  const fallback = site.defaultOgImage;
  return { url: absoluteUrl(fallback.url, base), width: fallback.width, height: fallback.height, alt: fallback.alt };
}
