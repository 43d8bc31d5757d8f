import { getImageProps } from 'next/image';
import { preload } from 'react-dom';
import { publicImageSize } from '@/lib/images/dimensions';
import { canResize } from '@/lib/images/hosts';
import { imageVariants } from '@/lib/images/manifest-file';
import { pictureParts, type ImageEntry } from '@/lib/images/variants';
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
 * The hero as plain HTML, no client component:
 * - a local image the build converted (build/images/): a <picture> with AVIF
 *   and WebP sources and an <img> in the original's format, each at the
 *   widths the build wrote, with the original's real width and height;
 * - a remote image on a resizing host: next/image's getImageProps (its loader, lib/images/loader.ts);
 * - anything else (an SVG, a GIF, an image the build has not seen yet in `next dev`): the file as written.
 * The aspect-ratio box (HERO_IMAGE_CLASS) keeps the layout still whatever the
 * image's own ratio, and if the image fails the box and its alt text stay in place.
 */
export function HeroImage({ src, alt, priority = false, sizes, className = '' }: HeroImageProps) {
  const classes = `${HERO_IMAGE_CLASS} ${className}`;
  const loading = priority ? 'eager' : 'lazy';
  const fetchPriority = priority ? 'high' : 'auto';
  const entry = src.startsWith('/') && !src.startsWith('//') ? imageVariants()(src) : null;
  if (entry) return <LocalPicture entry={entry} alt={alt} sizes={sizes} priority={priority} className={classes} />;
  if (!canResize(src)) {
    const size = src.startsWith('/') ? publicImageSize(src) : null;
    const box = size ?? { width: SOCIAL_WIDTH, height: SOCIAL_HEIGHT };
    // eslint-disable-next-line @next/next/no-img-element -- a file served as written, see above
    return <img src={src} alt={alt} width={box.width} height={box.height} loading={loading} fetchPriority={fetchPriority} decoding="async" className={classes} />;
  }
  const { props } = getImageProps({ src, alt, width: SOCIAL_WIDTH, height: SOCIAL_HEIGHT, sizes, quality: 75, loading, fetchPriority });
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
      className={classes}
    />
  );
}

function LocalPicture({ entry, alt, sizes, priority, className }: { entry: ImageEntry; alt: string; sizes: string; priority: boolean; className: string }) {
  const { sources, img } = pictureParts(entry);
  const first = sources[0];
  // The preload names the first (most compact) format with its type: a browser that cannot show it skips the preload.
  if (priority && first) preload(img.src, { as: 'image', imageSrcSet: first.srcSet, imageSizes: sizes, type: first.type, fetchPriority: 'high' });
  return (
    // display: contents: the <img> stays the box the layout sees (a flex item in cards).
    <picture className="contents">
      {sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={sizes} />
      ))}
      <img
        src={img.src}
        srcSet={img.srcSet}
        sizes={sizes}
        width={img.width}
        height={img.height}
        alt={alt}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : 'auto'}
        decoding="async"
        className={className}
      />
    </picture>
  );
}
