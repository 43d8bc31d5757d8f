/**
 * The widths responsive images are offered at: next.config.ts gives them to
 * next/image (remote images on resizing hosts), and the build writes every
 * local image at the same widths (build/images/). For the sizes our slots
 * declare (hero "…768px, 100vw", cards "…480px, 50vw, 100vw") next/image
 * picks the widths ≥ half the smallest device size, so 384 is the only
 * image size any slot uses; listing it alone keeps srcsets as they were.
 */
export const DEVICE_SIZES = [640, 828, 1200, 1600] as const;
export const IMAGE_SIZES = [384] as const;

/** Every width a local image is written at (never wider than its original). */
export const VARIANT_WIDTHS: readonly number[] = [...new Set([...IMAGE_SIZES, ...DEVICE_SIZES])].sort((a, b) => a - b);

/**
 * The post column's `sizes` (components/PostArticle.tsx, lg:grid-cols-[minmax(0,48rem)_…]):
 * 768 CSS px from 1024 px up, the viewport's width below. The hero and the images in the text share it.
 */
export const POST_COLUMN_SIZES = '(min-width: 1024px) 768px, 100vw';
