/**
 * How a content file's bytes become the text every stage reads. The check
 * reads files with this; Contentlayer reads them through gray-matter, which in
 * this project is packages/gray-matter-yaml-only and applies the same newline
 * rule (a unit test compares the two). So a file saved on Windows (CRLF, a
 * BOM) is read exactly as its LF twin everywhere, and a file that is not
 * UTF-8 is refused instead of being published as mojibake.
 */

/** CRLF and lone CR (old Mac editors) become LF. */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export interface EncodingProblem {
  /** 1-based line of the first byte that is not UTF-8. */
  readonly line: number;
  readonly message: string;
  readonly expected: string;
}

export type DecodedSource = { readonly text: string; readonly problem?: undefined } | { readonly text?: undefined; readonly problem: EncodingProblem };

const SAVE_AS_UTF8 =
  'файл в кодировке UTF-8: в Блокноте «Файл → Сохранить как…», внизу «Кодировка: UTF-8»; в VS Code — щелчок по названию кодировки в строке состояния, «Save with Encoding», «UTF-8»';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    try {
      strictUtf8.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Windows-1251 writes Cyrillic letters as single bytes 0xC0–0xFF (and Ё/ё as
 * 0xA8/0xB8): a file whose stray bytes are mostly those is almost certainly
 * a Russian text saved by an old editor, and the hint can say so.
 */
function looksLikeWindows1251(bytes: Uint8Array): boolean {
  let high = 0;
  let cyrillic = 0;
  for (const byte of bytes) {
    if (byte < 0x80) continue;
    high++;
    if (byte >= 0xc0 || byte === 0xa8 || byte === 0xb8) cyrillic++;
  }
  return high > 0 && cyrillic / high > 0.8;
}

/** The file's text, with BOM dropped and newlines normalised, or why it cannot be read. */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      problem: {
        line: 1,
        message: 'файл сохранён в кодировке UTF-16 («Юникод» в Блокноте), а статьи читаются только в UTF-8',
        expected: SAVE_AS_UTF8,
      },
    };
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    return {
      problem: {
        line: lineOfOffset(bytes, offset),
        message: looksLikeWindows1251(bytes)
          ? 'файл сохранён не в UTF-8, а, похоже, в Windows-1251: на сайте русские буквы превратились бы в «кракозябры»'
          : 'в файле есть байты, которые не читаются как текст UTF-8: на сайте они превратились бы в «кракозябры»',
        expected: SAVE_AS_UTF8,
      },
    };
  }
  return { text: normaliseNewlines(text.replace(/^\uFEFF/, '')) };
}
