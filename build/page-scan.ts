import { Parser } from 'htmlparser2';

/**
 * One pass of htmlparser2's tokenizer over a built page, recording what every
 * post-build transform needs: each <script> with its raw text and source
 * range (stripping the runtime, hashing the inline scripts, finding client
 * components), each <link>, where the <head> starts and what is in it (the
 * policy meta), and whether the page marks a search body. The transforms then
 * cut the page by these ranges; nothing else in it changes, byte for byte.
 *
 * Script contents are read as raw text, as browsers read them (no regular
 * expression decides where a script ends). No self-closing syntax is
 * recognised, as in a browser: `<script/>` opens a script. (parse5 builds a
 * whole tree with locations: 80 ms a post page against htmlparser2's 1.5 ms,
 * which at 1000 posts was a minute of the build.)
 */

export type Attributes = Readonly<Record<string, string>>;

/** [start, end) in the page's source. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** A start tag: its name, attributes and source range. */
export interface Tag extends Range {
  readonly name: string;
  readonly attributes: Attributes;
}

/** A <script> element, from its start tag to the end of `</script>`, with its raw text. */
export interface Script extends Tag {
  readonly text: string;
}

export interface PageScan {
  /** Every <script>, in document order. */
  readonly scripts: readonly Script[];
  /** Every <link>, in document order. */
  readonly links: readonly Tag[];
  /** Just after the <head> start tag; null when the page has none. */
  readonly headStart: number | null;
  /** The start tags inside <head>, in order. */
  readonly headTags: readonly Tag[];
  /** Whether some element carries data-pagefind-body (the part of a post the search indexes). */
  readonly searchBody: boolean;
}

export function scanPage(html: string): PageScan {
  const scripts: Script[] = [];
  const links: Tag[] = [];
  const headTags: Tag[] = [];
  let headStart: number | null = null;
  let inHead = false;
  let searchBody = false;
  let script: { start: number; name: string; attributes: Attributes; text: string } | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tag: Tag = { name, attributes, start: parser.startIndex, end: parser.endIndex + 1 };
        if ('data-pagefind-body' in attributes) searchBody = true;
        if (name === 'head' && headStart === null) {
          headStart = tag.end;
          inHead = true;
        } else if (inHead) {
          headTags.push(tag);
        }
        if (name === 'script') script = { start: tag.start, name, attributes, text: '' };
        else if (name === 'link') links.push(tag);
      },
      ontext(text) {
        if (script) script.text += text;
      },
      onclosetag(name) {
        if (name === 'head') inHead = false;
        if (name !== 'script' || !script) return;
        scripts.push({ ...script, end: parser.endIndex + 1 });
        script = null;
      },
    },
    { decodeEntities: false, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { scripts, links, headStart, headTags, searchBody };
}

/** Is `at` inside one of the ranges? */
export function isInside(at: number, ranges: readonly Range[]): boolean {
  return ranges.some((range) => at >= range.start && at < range.end);
}

/** The ranges sorted, with any range inside an earlier one dropped. */
function disjoint(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const kept: Range[] = [];
  for (const range of sorted) {
    if (kept.length && range.start < kept.at(-1)!.end) continue;
    kept.push(range);
  }
  return kept;
}

/** The text without the ranges. */
export function withoutRanges(html: string, ranges: readonly Range[]): string {
  let out = '';
  let at = 0;
  for (const range of disjoint(ranges)) {
    out += html.slice(at, range.start);
    at = range.end;
  }
  return out + html.slice(at);
}

/** Where a position outside the ranges lands once they are cut out. */
export function positionWithout(at: number, ranges: readonly Range[]): number {
  let shift = 0;
  for (const range of disjoint(ranges)) if (range.end <= at) shift += range.end - range.start;
  return at - shift;
}
