import type { Element, Root } from 'hast';
import rehypeSlug from 'rehype-slug';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

declare module 'vfile' {
  interface DataMap {
    /** The ids of the body's headings in order, as rehypeHeadingIds left them: what `#fragment` links can name. */
    headingIds: readonly string[];
  }
}

const isHeading = (node: Element) => /^h[1-6]$/.test(node.tagName);

export interface HeadingIdsOptions {
  /** Ids the page's own templates use (lib/page-ids.ts). */
  readonly reserved: readonly string[];
}

/**
 * Heading ids from rehype-slug itself, kept apart from every other id of the
 * page: `## Content` would otherwise take the layout's `#content`, and
 * `### user-content-fn-1` a footnote's id, so links led to the wrong
 * element. The page's ids and the ids already in the body (footnotes, the
 * editor's prefixed ids) keep theirs; a heading whose slug is taken gets the
 * next free number, as rehype-slug numbers its own repeats ("content-1").
 */
export const rehypeHeadingIds: Plugin<[HeadingIdsOptions], Root> = (options) => {
  const slug = rehypeSlug();
  return (tree, file) => {
    const taken = new Set(options.reserved);
    const headings: Element[] = [];
    const slugged: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      if (isHeading(node)) headings.push(node);
      if (node.properties.id) taken.add(String(node.properties.id));
      else if (isHeading(node)) slugged.push(node);
    });
    slug(tree);
    const clashes = slugged.filter((node) => taken.has(String(node.properties.id)));
    for (const node of slugged) taken.add(String(node.properties.id));
    for (const node of clashes) {
      const id = String(node.properties.id);
      let n = 1;
      while (taken.has(`${id}-${n}`)) n++;
      node.properties.id = `${id}-${n}`;
      taken.add(node.properties.id);
    }
    file.data.headingIds = headings.flatMap((node) => (typeof node.properties.id === 'string' && node.properties.id ? [node.properties.id] : []));
  };
};
