import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * The sanitiser prefixes every id ("fn-1" → "user-content-fn-1") so editors'
 * ids cannot clobber the page's globals, but it leaves hrefs alone, so GFM
 * footnote links ("#fn-1") lost their targets. A known gap between
 * remark-rehype and hast-util-sanitize (syntax-tree/hast-util-sanitize#29):
 * this gives the footnote links, and only them, the same prefix.
 */
export const rehypeFootnoteLinks: Plugin<[{ prefix: string }], Root> = ({ prefix }) => (tree) => {
  if (!prefix) return;
  visit(tree, 'element', (node: Element) => {
    const { href } = node.properties;
    const isFootnoteLink = node.properties.dataFootnoteRef !== undefined || node.properties.dataFootnoteBackref !== undefined;
    if (node.tagName === 'a' && isFootnoteLink && typeof href === 'string' && href.startsWith('#') && !href.startsWith(`#${prefix}`)) {
      node.properties.href = `#${prefix}${href.slice(1)}`;
    }
  });
};
