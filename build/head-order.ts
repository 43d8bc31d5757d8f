import { scanPage, type PageScan, type Tag } from './page-scan';

/**
 * A listing's `<link rel="prev">` and `<link rel="next">` in one place of
 * <head>: right after the icon links that end Next's metadata.
 *
 * components/Pagination.tsx renders them in the body and React hoists them
 * into <head>, wherever its head happens to be when it flushes: before
 * Next's streamed metadata in one build, after it in the next. Two builds of
 * one commit gave different listing pages (scripts/compare-builds.ts showed
 * it). Next's metadata cannot carry them instead: a page that sets `icons`
 * loses the favicon files' links. So the pass puts them where most builds
 * already had them, and a build is a function of its inputs again.
 */
const SEQUENCE = new Set(['prev', 'next']);
const ICONS = new Set(['icon', 'apple-touch-icon', 'shortcut icon']);

function relOf(tag: Tag): string {
  return (tag.attributes.rel ?? '').trim().toLowerCase();
}

/** The page with its head's rel=prev/next links after the last icon link, rescanned; null when nothing moves. */
export function withSequenceLinksAfterIcons(html: string, scan: PageScan): { html: string; scan: PageScan } | null {
  const head = scan.headTags.filter((tag) => tag.name === 'link');
  const sequence = head.filter((tag) => SEQUENCE.has(relOf(tag)));
  const lastIcon = head.filter((tag) => ICONS.has(relOf(tag))).at(-1);
  if (!sequence.length || !lastIcon) return null;
  const block = sequence.map((tag) => html.slice(tag.start, tag.end)).join('');
  // Already in place: the links follow the last icon, one after another.
  if (html.startsWith(block, lastIcon.end)) return null;
  let out = '';
  let at = 0;
  const cuts = [...sequence.map((tag) => ({ start: tag.start, end: tag.end, insert: '' })), { start: lastIcon.end, end: lastIcon.end, insert: block }].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
  for (const cut of cuts) {
    out += html.slice(at, cut.start) + cut.insert;
    at = cut.end;
  }
  out += html.slice(at);
  return { html: out, scan: scanPage(out) };
}
