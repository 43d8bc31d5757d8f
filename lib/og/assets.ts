import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ImageResponse } from 'next/og';

type OgFont = NonNullable<NonNullable<ConstructorParameters<typeof ImageResponse>[1]>['fonts']>[number];

/**
 * Files the generated post images need, read from disk when a post's image is
 * rendered (at build time: the route is fully static, so none of this is
 * read at run time, and the reads stay out of file tracing).
 */

const root = process.cwd();
const FONT_DIR = path.join(/* turbopackIgnore: true */ root, 'node_modules', '@fontsource', 'pt-sans', 'files');

// Satori reads WOFF but not WOFF2. Fontsource splits PT Sans by script: the
// Cyrillic file for Russian, the Latin one for digits, punctuation and Latin
// names («ButlerSPB»). Satori keeps one font per family and weight, and falls
// back glyph by glyph only across families, so each subset is a family.
const SUBSETS = ['cyrillic', 'latin'] as const;
const WEIGHTS = [400, 700] as const;
const family = (subset: (typeof SUBSETS)[number]) => `PT Sans ${subset}`;

/** The font-family the image's styles name. */
export const OG_FONT_FAMILY = SUBSETS.map((subset) => `'${family(subset)}'`).join(', ');

let fonts: OgFont[] | null = null;

export function ogFonts(): OgFont[] {
  fonts ??= WEIGHTS.flatMap((weight) =>
    SUBSETS.map((subset) => ({
      name: family(subset),
      data: readFileSync(path.join(FONT_DIR, `pt-sans-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** The company logo (public/logo.png) as a data URI: satori cannot fetch site paths at build time. */
export function ogLogo(): string {
  const file = path.join(/* turbopackIgnore: true */ root, 'public', 'logo.png');
  return `data:image/png;base64,${readFileSync(file).toString('base64')}`;
}
