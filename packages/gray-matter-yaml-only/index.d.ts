// The upstream's types, plus the two helpers this package adds (see index.js).
import upstream = require('gray-matter-upstream');

declare const matter: typeof upstream & {
  /** CRLF and lone CR become LF, as lib/content/source-text.ts reads files. */
  normaliseNewlines(text: string): string;
  /** The language named after the opening fence (`---js` → "js"), or '' for a plain `---`. */
  fenceLanguage(text: string): string;
};
export = matter;
