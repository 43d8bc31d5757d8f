import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lookupIn, type ImageManifest, type ImageVariantLookup } from './variants';

/** The build's list of local images and their variants (scripts/build-images.ts writes it; git ignores .cache/). */
export const IMAGE_MANIFEST = path.join('.cache', 'images', 'manifest.json');
/** The variants themselves, served as /_img/… by both outputs. */
export const VARIANT_DIR = path.join('public', '_img');

/**
 * The manifest as the last images step wrote it, read at render time. Without
 * one (a `next dev` that has not run the step) every local image is served
 * as its original, as written.
 */
export function readImageManifest(root: string = process.cwd()): ImageManifest {
  try {
    return JSON.parse(readFileSync(path.join(/* turbopackIgnore: true */ root, IMAGE_MANIFEST), 'utf8')) as ImageManifest;
  } catch {
    return {};
  }
}

let cached: { readonly lookup: ImageVariantLookup } | null = null;

/** The lookup pages use, read once per process (a build renders with one manifest). */
export function imageVariants(): ImageVariantLookup {
  cached ??= { lookup: lookupIn(readImageManifest()) };
  return cached.lookup;
}
