/**
 * Local images as the build wrote them (build/images/): each file under
 * public/ at several widths, in AVIF and WebP and its own format. Pure (no
 * Node import): the page's hero and the markdown pipeline's body images both
 * turn an entry into a <picture>.
 */

/** Where the variants are served from: public/_img/, a generated folder git ignores. */
export const VARIANT_URL_PREFIX = '/_img/';

export type VariantFormat = 'avif' | 'webp' | 'jpeg' | 'png';

export const MIME_TYPES: Readonly<Record<VariantFormat, string>> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

export interface VariantFile {
  readonly width: number;
  /** The site path, /_img/<name>-<hash>-<width>.<ext>. */
  readonly url: string;
  readonly bytes: number;
}

/** One original under public/ and what the build wrote for it. */
export interface ImageEntry {
  /** The original's pixel size (the first variant of each format keeps its ratio). */
  readonly width: number;
  readonly height: number;
  /** Modern formats first, the fallback (the original's own format) last. */
  readonly formats: readonly { readonly format: VariantFormat; readonly files: readonly VariantFile[] }[];
}

/** Site path of an original (/images/x.jpg) → its entry. */
export type ImageManifest = Readonly<Record<string, ImageEntry>>;

/** Looks up the entry for an image address as written (/images/x.jpg, maybe with ?query), or null. */
export type ImageVariantLookup = (src: string) => ImageEntry | null;

export function lookupIn(manifest: ImageManifest): ImageVariantLookup {
  return (src) => {
    if (!src.startsWith('/') || src.startsWith('//')) return null;
    let pathname = src.replace(/[?#].*$/, '');
    try {
      pathname = decodeURIComponent(pathname);
    } catch {
      return null;
    }
    return Object.hasOwn(manifest, pathname) ? manifest[pathname]! : null;
  };
}

export function srcSetOf(files: readonly VariantFile[]): string {
  return files.map((file) => `${file.url} ${file.width}w`).join(', ');
}

export interface PictureParts {
  readonly sources: readonly { readonly type: string; readonly srcSet: string }[];
  readonly img: { readonly src: string; readonly srcSet: string; readonly width: number; readonly height: number };
}

/**
 * The <source>s and the <img> of a <picture>: a srcset per modern format, the
 * fallback format's srcset on the <img>, whose src is its widest variant (for
 * browsers without srcset). width/height are the original's: its real ratio.
 */
export function pictureParts(entry: ImageEntry): PictureParts {
  const fallback = entry.formats.at(-1)!;
  const widest = fallback.files.at(-1)!;
  return {
    sources: entry.formats.slice(0, -1).map(({ format, files }) => ({ type: MIME_TYPES[format], srcSet: srcSetOf(files) })),
    img: { src: widest.url, srcSet: srcSetOf(fallback.files), width: entry.width, height: entry.height },
  };
}
