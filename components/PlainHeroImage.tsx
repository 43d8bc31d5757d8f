import type { HeroImageProps } from './HeroImage';
import { HERO_IMAGE_CLASS } from './hero-image-class';

/**
 * The hero as a plain <img>, for the admin's preview: there the address may
 * be a blob: URL of a file the editor has just uploaded, which no loader can
 * resize, and remote images are shown as written. Same box and classes as
 * the page's HeroImage (the box, not width and height, keeps the layout still).
 */
export function PlainHeroImage({ src, alt, className = '' }: HeroImageProps) {
  // eslint-disable-next-line @next/next/no-img-element -- the preview renders outside Next, see above
  return <img src={src} alt={alt} className={`${HERO_IMAGE_CLASS} ${className}`} />;
}
