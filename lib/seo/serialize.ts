/**
 * The one JSON-LD serialiser. JSON-LD lives inside <script>, where the HTML
 * parser ends the element at the first "</script" in any case and spacing
 * (`</script >`, `</script/>`). next-seo 7.3.0's serialiser escapes only the
 * exact text `</script>`, and a title with `</script ><script>…` ran in
 * Chromium. Escaping every <, > and & as \uXXXX makes any closing tag or
 * comment opener impossible while JSON.parse still reads the same string;
 * U+2028/U+2029 are escaped because they end lines in older JS parsers.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

function escapeChar(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, escapeChar);
}
