import { getImageProps } from 'next/image';
import { preload } from 'react-dom';
import { canResize } from '@/lib/images/hosts';
// The hero box has the Open Graph ratio, so one crop serves the page and shares.
import { SOCIAL_HEIGHT, SOCIAL_WIDTH } from '@/lib/seo/social-image';
import { HERO_IMAGE_CLASS } from './hero-image-class';

export interface HeroImageProps {
  src: string;
  alt: string;
  /** The post page's hero is its LCP element; cards lower down are lazy. */
  priority?: boolean;
  sizes: string;
  className?: string;
}

/**
 * A plain <img> built with next/image's getImageProps: the same srcset and
 * loader as <Image>, without shipping the client component. width/height and
 * the aspect-ratio box keep the layout still, and if the image fails the box
 * and its alt text stay in place.
 */
export function HeroImage({ src, alt, priority = false, sizes, className = '' }: HeroImageProps) {
  const { props } = getImageProps({
    src,
    alt,
    width: SOCIAL_WIDTH,
    height: SOCIAL_HEIGHT,
    sizes,
    quality: 75,
    unoptimized: !canResize(src) && !src.startsWith('/'),
    loading: priority ? 'eager' : 'lazy',
    fetchPriority: priority ? 'high' : 'auto',
  });
  if (priority && props.srcSet) {
    preload(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: 'high' });
  }
  return (
    // eslint-disable-next-line @next/next/no-img-element -- getImageProps output, see above
    <img
      {...props}
      // next/image sets style="color:transparent" to hide the alt text. Dropped:
      // an inline style would need 'unsafe-inline' in the CSP (lib/security), and
      // when the image cannot load its alt text is what the reader should see.
      style={undefined}
      alt={alt}
      className={`${HERO_IMAGE_CLASS} ${className}`}
    />
  );
}
