/**
 * Pagefind's excerpts are HTML: the page text with "<" and ">" escaped and the
 * matched words wrapped in <mark>. We never inject that HTML; it is split into
 * plain-text parts that React renders as text, so nothing in an indexed page
 * can become markup on the search page.
 */

export interface ExcerptPart {
  readonly text: string;
  readonly marked: boolean;
}

const MARK_TAG = /<(\/?)mark>/g;
const EDGES = /^([^\p{L}\p{N}]*)([\s\S]*?)([^\p{L}\p{N}]*)$/u;

/** Undoes Pagefind's escaping (it escapes only "<" and ">"). */
function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Splits an excerpt into text and marked text; any other markup stays text. */
export function splitExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  let from = 0;
  const push = (text: string, isMarked: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.marked === isMarked) parts[parts.length - 1] = { text: last.text + text, marked: isMarked };
    else parts.push({ text, marked: isMarked });
  };
  const pushRaw = (raw: string) => {
    const text = unescape(raw);
    if (!marked) return push(text, false);
    // Pagefind marks whole space-separated words; the punctuation around one is not the match.
    const [, before = '', word = '', after = ''] = EDGES.exec(text) ?? [];
    push(before, false);
    push(word, true);
    push(after, false);
  };
  for (const match of excerpt.matchAll(MARK_TAG)) {
    pushRaw(excerpt.slice(from, match.index));
    marked = match[1] !== '/';
    from = match.index + match[0].length;
  }
  pushRaw(excerpt.slice(from));
  return parts;
}
