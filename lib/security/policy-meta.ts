/**
 * Puts a page's own Content-Security-Policy into the page, as the first thing
 * after `<meta charset>`, so it covers every script and stylesheet that
 * follows. Used for both outputs: the prerendered pages of a server build
 * (which `next start` serves as they are, as scripts/static-pages.ts relies on
 * too) and the pages of the static export.
 */
import { Parser } from 'htmlparser2';

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

interface Places {
  /** End of the <head> start tag. */
  headStart: number | null;
  /** End of <meta charset>, when it is the head's first element. */
  afterCharset: number | null;
  /** An existing policy meta: [start, end). */
  existing: { start: number; end: number } | null;
}

/** Where things are in the page, from one pass of the tokenizer (htmlparser2, as in inline-scripts.ts). */
function placesIn(html: string): Places {
  const places: Places = { headStart: null, afterCharset: null, existing: null };
  let inHead = false;
  let firstInHead = true;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'head' && places.headStart === null) {
          places.headStart = parser.endIndex + 1;
          inHead = true;
          return;
        }
        if (!inHead) return;
        if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'content-security-policy' && !places.existing) {
          places.existing = { start: parser.startIndex, end: parser.endIndex + 1 };
        }
        if (firstInHead && name === 'meta' && attributes.charset !== undefined) places.afterCharset = parser.endIndex + 1;
        firstInHead = false;
      },
      onclosetag(name) {
        if (name === 'head') inHead = false;
      },
    },
    { decodeEntities: false, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.end(html);
  return places;
}

/**
 * The page with `policy` as its first policy meta: right after
 * `<meta charset>` (which must stay in the first 1024 bytes), before any
 * element that loads or runs something. A meta already there (a rerun) is
 * replaced.
 */
export function withPolicyMeta(html: string, policy: string): string {
  const { headStart, afterCharset, existing } = placesIn(html);
  if (headStart === null) throw new Error('the page has no <head> start tag to put its policy in');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}"/>`;
  if (existing) return html.slice(0, existing.start) + meta + html.slice(existing.end);
  const at = afterCharset ?? headStart;
  return html.slice(0, at) + meta + html.slice(at);
}
