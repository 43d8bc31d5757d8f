/**
 * XML 1.0 forbids most control characters anywhere in a document, even
 * escaped or in CDATA, so one of them in a post (Word's Shift+Enter writes
 * U+000B) makes a feed ill-formed and readers reject all of it.
 *
 * - U+000B and U+000C (line and page breaks from word processors) and U+0085
 *   (the C1 "next line") separate words: they become spaces.
 * - Other C0 controls but tab, LF and CR, DEL and the C1 controls, lone
 *   surrogates (which UTF-8 cannot encode) and U+FFFE/U+FFFF go. DEL and C1
 *   are legal XML 1.0 but invisible junk (mis-decoded Windows-1252 text) and
 *   illegal unescaped in XML 1.1.
 */
const BREAKS = /[\v\f\u0085]/g;
// With the u flag, [\ud800-\udfff] matches only surrogates that are not part of a pair.
const FORBIDDEN = /[\0-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]/gu;

export function xmlSafeText(text: string): string {
  return text.replace(BREAKS, ' ').replace(FORBIDDEN, '');
}
