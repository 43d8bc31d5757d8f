import type { GlyphCoverage } from './glyphs';

/**
 * How a post title fits the 1200×630 card: shorter titles get bigger type,
 * and none takes more than TITLE_MAX_LINES lines (the rest is clamped with an
 * ellipsis by the renderer).
 */

export const TITLE_MAX_LINES = 4;

/** Longer than four lines at the smallest size anyway: no need to lay out more. */
const MAX_CHARS = 240;

// Upper bounds on length (in characters) for each size, tuned by eye on the
// real titles at PT Sans Bold: about 26 characters a line at 76px, 38 at 52px.
const SIZES: readonly { readonly upTo: number; readonly fontSize: number }[] = [
  { upTo: 40, fontSize: 76 },
  { upTo: 70, fontSize: 66 },
  { upTo: 110, fontSize: 58 },
];
const SMALLEST = 52;

export interface CardTitle {
  readonly text: string;
  readonly fontSize: number;
}

/**
 * The title as the card shows it: only what the card's fonts can draw (emoji,
 * CJK, Arabic… go; see glyphs.ts), cut before layout when very long.
 */
export function cardTitle(title: string, glyphs: GlyphCoverage): CardTitle {
  const clean = glyphs.fit(title).text;
  const chars = [...clean];
  const text = chars.length > MAX_CHARS ? `${chars.slice(0, MAX_CHARS).join('').trimEnd()}…` : clean;
  const length = Math.min(chars.length, MAX_CHARS);
  const fontSize = SIZES.find((size) => length <= size.upTo)?.fontSize ?? SMALLEST;
  return { text, fontSize };
}
