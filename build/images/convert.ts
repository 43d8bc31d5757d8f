/**
 * Local images written at the widths and in the formats the pages offer
 * (lib/images/variants.ts), with sharp. The work is cached by a key made of
 * the original's bytes and every setting that shapes the output (widths,
 * formats, qualities, sharp's and libvips' versions), in one folder
 * (.cache/images/<key>/): a rebuild converts only new or changed images and
 * copies the rest. A cached result is the cold conversion's files, copied.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { VARIANT_WIDTHS } from '../../lib/images/widths';
import { VARIANT_URL_PREFIX, type ImageEntry, type ImageManifest, type VariantFormat } from '../../lib/images/variants';

/** Encoder settings per output format; part of the cache key. */
const ENCODERS = {
  avif: { quality: 50, effort: 4 },
  webp: { quality: 75, effort: 4 },
  jpeg: { quality: 75, mozjpeg: true },
  png: { compressionLevel: 9, palette: false },
} as const;

const EXTENSIONS: Readonly<Record<VariantFormat, string>> = { avif: 'avif', webp: 'webp', jpeg: 'jpg', png: 'png' };

/** Originals the build converts, and the formats each gets (the last is the <img> fallback). SVG and GIF are served as they are. */
const FORMATS_FOR: Readonly<Record<string, readonly VariantFormat[]>> = {
  jpg: ['avif', 'webp', 'jpeg'],
  jpeg: ['avif', 'webp', 'jpeg'],
  png: ['avif', 'webp', 'png'],
  // A WebP or AVIF original: WebP is the fallback every browser we serve shows.
  webp: ['avif', 'webp'],
  avif: ['avif', 'webp'],
};

export function convertible(file: string): boolean {
  return Object.hasOwn(FORMATS_FOR, path.extname(file).slice(1).toLowerCase());
}

/** Everything besides the original's bytes that changes what is written. */
export function conversionSettings(): string {
  return JSON.stringify({ widths: VARIANT_WIDTHS, encoders: ENCODERS, formats: FORMATS_FOR, sharp: sharp.versions.sharp, vips: sharp.versions.vips });
}

export function cacheKey(original: Buffer, settings: string = conversionSettings()): string {
  return createHash('sha256').update(settings).update('\0').update(original).digest('hex').slice(0, 20);
}

/** The widths an original of `width` px is written at: the offered ones below it, and its own when it is narrower than the widest. */
export function widthsFor(width: number): number[] {
  const below = VARIANT_WIDTHS.filter((candidate) => candidate < width);
  return width < VARIANT_WIDTHS.at(-1)! ? [...below, width] : VARIANT_WIDTHS.filter((candidate) => candidate <= width);
}

/** What the cache keeps per original: the entry with file names relative to its folder. */
interface CachedEntry {
  readonly width: number;
  readonly height: number;
  readonly formats: readonly { readonly format: VariantFormat; readonly files: readonly { readonly width: number; readonly name: string; readonly bytes: number }[] }[];
}

const ENTRY_FILE = 'entry.json';

/** A file-name stem from the original's name: Latin letters, digits and dashes (the URL needs no escaping). */
function stemOf(sitePath: string): string {
  const base = path.posix.basename(sitePath, path.posix.extname(sitePath));
  return base.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'image';
}

/** Converts one original into `folder` (which must not exist), cold. */
export async function convertInto(original: Buffer, sitePath: string, key: string, folder: string): Promise<CachedEntry> {
  const formats = FORMATS_FOR[path.extname(sitePath).slice(1).toLowerCase()]!;
  // rotate(): phone photos carry their orientation in EXIF; the variants are upright and carry no metadata.
  const meta = await sharp(original).rotate().toBuffer({ resolveWithObject: true }).then(({ info }) => info);
  const widths = widthsFor(meta.width);
  const temporary = `${folder}.tmp-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  const written: CachedEntry['formats'][number][] = [];
  for (const format of formats) {
    const files = [];
    for (const width of widths) {
      const name = `${stemOf(sitePath)}-${key}-${width}.${EXTENSIONS[format]}`;
      const pipeline = sharp(original).rotate().resize({ width, withoutEnlargement: true });
      const buffer = await pipeline.toFormat(format, ENCODERS[format]).toBuffer();
      writeFileSync(path.join(temporary, name), buffer);
      files.push({ width, name, bytes: buffer.length });
    }
    written.push({ format, files });
  }
  const entry: CachedEntry = { width: meta.width, height: meta.height, formats: written };
  // Written last, and the folder renamed into place whole: a cache folder with an entry is complete.
  writeFileSync(path.join(temporary, ENTRY_FILE), `${JSON.stringify(entry)}\n`);
  renameSync(temporary, folder);
  return entry;
}

export interface ConvertResult {
  readonly manifest: ImageManifest;
  readonly converted: number;
  readonly cached: number;
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function bounded<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(lanes);
}

/** The originals under publicDir/folder the build converts, as site paths (/images/x.jpg). */
export function originalsUnder(publicDir: string, folder: string): string[] {
  const dir = path.join(publicDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => `/${folder}/${file.split(path.sep).join('/')}`)
    .filter((sitePath) => convertible(sitePath) && statSync(path.join(publicDir, sitePath)).isFile())
    .sort();
}

/**
 * Every convertible original under publicDir/folder, written into outDir (emptied
 * first) from the cache, converting what the cache lacks. `parallel`: images
 * at once; libvips gets one thread each, so two images keep two cores busy.
 */
export async function convertImages(options: {
  readonly publicDir: string;
  readonly outDir: string;
  readonly cacheDir: string;
  /** The folder under publicDir whose pictures pages show: where editors and the admin put them. */
  readonly folder: string;
  readonly parallel?: number;
}): Promise<ConvertResult> {
  sharp.concurrency(1);
  const settings = conversionSettings();
  const originals = originalsUnder(options.publicDir, options.folder);
  rmSync(options.outDir, { recursive: true, force: true });
  mkdirSync(options.outDir, { recursive: true });
  mkdirSync(options.cacheDir, { recursive: true });
  const manifest: Record<string, ImageEntry> = {};
  let converted = 0;
  await bounded(originals, options.parallel ?? 2, async (sitePath) => {
    const original = readFileSync(path.join(options.publicDir, sitePath));
    const key = cacheKey(original, settings);
    const folder = path.join(options.cacheDir, key);
    let entry: CachedEntry;
    if (existsSync(path.join(folder, ENTRY_FILE))) {
      entry = JSON.parse(readFileSync(path.join(folder, ENTRY_FILE), 'utf8')) as CachedEntry;
    } else {
      entry = await convertInto(original, sitePath, key, folder);
      converted += 1;
    }
    for (const { files } of entry.formats) for (const file of files) cpSync(path.join(folder, file.name), path.join(options.outDir, file.name));
    manifest[sitePath] = {
      width: entry.width,
      height: entry.height,
      formats: entry.formats.map(({ format, files }) => ({
        format,
        files: files.map((file) => ({ width: file.width, url: `${VARIANT_URL_PREFIX}${file.name}`, bytes: file.bytes })),
      })),
    };
  });
  const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
  return { manifest: sorted, converted, cached: originals.length - converted };
}
