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

type Hero = { readonly src: string; readonly alt: string };

interface ImageOptions {
  /** Site origin the URLs are made absolute against. */
  readonly base?: string;
  readonly measure?: typeof publicImageSize;
}

/**
 * Site path of a post's generated preview, rendered at build time by
 * app/og/[slug]/image.png/route.tsx. It ends in .png so static hosts send
 * image/png, and it has no trailing slash (trailingSlash leaves files alone).
 */
export function generatedImagePath(slug: string): string {
  return `/og/${encodeURIComponent(slug)}/image.png`;
}

/** The generated title card of a post: always 1200×630, described by the title. */
export function generatedSocialImage(
  post: { readonly slug: string; readonly title: string },
  base: string = site.url,
): SocialImage {
  return {
    url: absoluteUrl(generatedImagePath(post.slug), base),
    width: SOCIAL_WIDTH,
    height: SOCIAL_HEIGHT,
    alt: post.title,
  };
}

/**
 * The hero as a link preview, only when its size is known: a resizing host
 * crops it to 1200×630, a local file is measured. Null otherwise, so the
 * caller can fall back to something with a size.
 */
export function heroSocialImage(hero: Hero | null, options: ImageOptions = {}): SocialImage | null {
  if (!hero) return null;
  if (canResize(hero.src)) {
    const url = new URL(hero.src);
    url.searchParams.set('w', String(SOCIAL_WIDTH));
    url.searchParams.set('h', String(SOCIAL_HEIGHT));
    url.searchParams.set('fit', 'crop');
    url.searchParams.set('q', '80');
    url.searchParams.set('auto', 'format');
    return { url: url.toString(), width: SOCIAL_WIDTH, height: SOCIAL_HEIGHT, alt: hero.alt };
  }
  if (hero.src.startsWith('/')) {
    const size = (options.measure ?? publicImageSize)(hero.src);
    if (size) return { url: absoluteUrl(hero.src, options.base ?? site.url), ...size, alt: hero.alt };
  }
  return null;
}

export interface PostSocialImages {
  /** og:image and the JSON-LD primary image: the hero, else the generated card. */
  readonly openGraph: SocialImage;
  /** twitter:image: always the generated card, so every post's preview there shows its title. */
  readonly twitter: SocialImage;
}

export function postSocialImages(
  post: { readonly slug: string; readonly title: string; readonly hero: Hero | null },
  options: ImageOptions = {},
): PostSocialImages {
  const generated = generatedSocialImage(post, options.base ?? site.url);
  return { openGraph: heroSocialImage(post.hero, options) ?? generated, twitter: generated };
}
