import { create, type Font } from 'fontkit';

/**
 * Which characters the social image's fonts can draw. next/og (satori) asks
 * the network for every grapheme its fonts lack: Google Fonts for letters of
 * other scripts, a CDN for emoji. That is fatal offline (an emoji's fetch
 * rejects the render) and leaks every post title to those hosts online, and
 * next/og has no option to turn it off. So every text reaches the image cut
 * down to what the shipped fonts cover, and the renderer never has to ask.
 */

export interface FontFile {
  /** The family satori knows the file by; files of one family share a name. */
  readonly name: string;
  readonly data: Buffer;
}

export interface FittedText {
  /** The text without what the fonts cannot draw, spaces collapsed. */
  readonly text: string;
  /** What was left out, each grapheme once, in order; invisible ones are not listed. */
  readonly missing: readonly string[];
}

export interface GlyphCoverage {
  fit(text: string): FittedText;
}

const graphemes = new Intl.Segmenter('ru', { granularity: 'grapheme' });
// Joiners, variation selectors and the like: dropping them changes nothing the reader sees.
const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\p{Cc}]*$/u;

/**
 * Coverage of a list of font files, in the order the image's font-family
 * names them. It mirrors satori's own rule (its FontLoader.getEngine): a
 * grapheme is drawn with the first family that has its first code point, and
 * it is "missing" unless that family also has every other code point of it.
 * A family counts as having a code point only if each of its files (weights)
 * has it, since any weight may be asked for.
 */
export function glyphCoverage(files: readonly FontFile[]): GlyphCoverage {
  const families = new Map<string, Font[]>();
  for (const file of files) {
    const font = create(file.data);
    if (!('hasGlyphForCodePoint' in font)) throw new Error(`${file.name}: a font collection, not one font`);
    families.set(file.name, [...(families.get(file.name) ?? []), font]);
  }
  const has = (fonts: readonly Font[], codePoint: number) => fonts.every((font) => font.hasGlyphForCodePoint(codePoint));
  const familyOf = (codePoint: number) => [...families.values()].find((fonts) => has(fonts, codePoint));

  return {
    fit(text) {
      const missing = new Set<string>();
      let kept = '';
      for (const { segment } of graphemes.segment(text.normalize('NFC').replace(/\s+/g, ' '))) {
        const [first = 0, ...rest] = [...segment].map((char) => char.codePointAt(0) ?? 0);
        const family = familyOf(first);
        const drawn = family ? [first, ...rest.filter((codePoint) => has(family, codePoint))] : [];
        const dropped = family ? rest.filter((codePoint) => !has(family, codePoint)) : [first, ...rest];
        if (!INVISIBLE.test(String.fromCodePoint(...dropped))) missing.add(segment);
        kept += String.fromCodePoint(...drawn);
      }
      return { text: kept.replace(/ {2,}/g, ' ').trim(), missing: [...missing] };
    },
  };
}
