import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ImageResponse } from 'next/og';
import { glyphCoverage, type GlyphCoverage } from './glyphs';

/** A font as next/og takes it, read from a file (so a Buffer, which fontkit reads too). */
type OgFont = NonNullable<NonNullable<ConstructorParameters<typeof ImageResponse>[1]>['fonts']>[number] & { data: Buffer };

/**
 * Files the generated post images need, read from disk when a post's image is
 * rendered (at build time: the route is fully static, so none of this is
 * read at run time, and the reads stay out of file tracing). check:content
 * reads the same fonts to warn about characters the image will leave out, so
 * this module is not server-only; it reads files, so no client bundle can
 * take it anyway.
 */

const root = process.cwd();
const FONT_DIR = path.join(/* turbopackIgnore: true */ root, 'node_modules', '@fontsource', 'pt-sans', 'files');

// Satori reads WOFF but not WOFF2. Fontsource splits PT Sans by script: the
// Cyrillic file for Russian, the Latin one for digits, punctuation and Latin
// names («ButlerSPB»), the -ext ones for ₽, Ukrainian, Kazakh, Polish,
// Turkish… letters (about 12 KB each). Satori keeps one font per family and
// weight, and falls back glyph by glyph only across families, so each subset
// is a family. Order matters: a grapheme takes the first family with its
// first character (see glyphs.ts).
const SUBSETS = ['cyrillic', 'latin', 'cyrillic-ext', 'latin-ext'] as const;
const WEIGHTS = [400, 700] as const;
const family = (subset: (typeof SUBSETS)[number]) => `PT Sans ${subset}`;

/** The font-family the image's styles name. */
export const OG_FONT_FAMILY = SUBSETS.map((subset) => `'${family(subset)}'`).join(', ');

let fonts: OgFont[] | null = null;

/** In OG_FONT_FAMILY's order. */
export function ogFonts(): OgFont[] {
  fonts ??= SUBSETS.flatMap((subset) =>
    WEIGHTS.map((weight) => ({
      name: family(subset),
      data: readFileSync(path.join(FONT_DIR, `pt-sans-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

let coverage: GlyphCoverage | null = null;

/** What ogFonts() can draw: every text goes through it before it reaches the image. */
export function ogGlyphs(): GlyphCoverage {
  coverage ??= glyphCoverage(ogFonts());
  return coverage;
}

/** The company logo (public/logo.png) as a data URI: satori cannot fetch site paths at build time. */
export function ogLogo(): string {
  const file = path.join(/* turbopackIgnore: true */ root, 'public', 'logo.png');
  return `data:image/png;base64,${readFileSync(file).toString('base64')}`;
}
