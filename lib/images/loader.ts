import type { ImageLoaderProps } from 'next/image';
import { resizedImageUrl } from './hosts';

/**
 * next/image loader that never needs Next's image server: hosts that resize on
 * their own (Unsplash's imgix parameters) get per-width URLs; anything else is
 * served as written. One build therefore works under `next start` and as a
 * static export on any CDN.
 */
export default function imageLoader({ src, width, quality }: ImageLoaderProps): string {
  return resizedImageUrl(src, width, quality);
}
