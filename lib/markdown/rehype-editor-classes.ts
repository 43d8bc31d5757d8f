import type { Root } from 'hast';
import type { Plugin } from 'unified';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';

declare module 'vfile' {
  interface DataMap {
    /** Where the editor's raw HTML sits in the source: [start, end) offsets, or null when some chunk had no position. */
    editorHtmlSpans: (readonly [number, number])[] | null;
  }
}

/**
 * Editors' HTML gets no classes. The sanitiser must let through the classes
 * our own markup carries (calls to action from remark-placeholders.ts, GFM's
 * footnotes with their visually hidden label), and it cannot tell who wrote
 * an element, so `<a class="cta-button" href="…">` in a post made a fake
 * call to action pointing anywhere, and `<h2 class="sr-only">` hid text.
 * Before rehype-raw the editor's HTML is still separate `raw` nodes: this
 * plugin notes where they sit, and rehypeDropEditorClasses, right after
 * rehype-raw, takes the classes off every element parsed from there.
 * Markdown syntax cannot write classes, so what is left is ours.
 */
export const rehypeNoteEditorHtml: Plugin<[], Root> = () => (tree, file) => {
  const spans: (readonly [number, number])[] = [];
  let complete = true;
  visit(tree, 'raw', (node: { position?: Position }) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) complete = false;
    else spans.push([start, end]);
  });
  file.data.editorHtmlSpans = complete ? spans : null;
};

export const rehypeDropEditorClasses: Plugin<[], Root> = () => (tree, file) => {
  const spans = file.data.editorHtmlSpans;
  visit(tree, 'element', (node) => {
    const at = node.position?.start.offset;
    // Without every chunk's place, an element without a place may be the editor's: fail closed.
    const editors = at === undefined ? spans === null : (spans ?? []).some(([start, end]) => at >= start && at < end);
    if (editors) delete node.properties.className;
  });
};
