import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

declare module 'vfile' {
  interface DataMap {
    /** Text of the leading `#` heading, taken out of the body by rehypeHeadline. */
    headline: string | null;
  }
}

function isBlank(node: Root['children'][number]): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

/**
 * A page has exactly one h1. When the body opens with `# ...`, that heading is
 * the page's headline: it is taken out of the body (the page header shows it)
 * and kept in `file.data.headline`. Any later `#` heading becomes an h2.
 */
export const rehypeHeadline: Plugin<[], Root> = () => (tree, file) => {
  const first = tree.children.find((node) => !isBlank(node));
  file.data.headline = null;
  if (first && first.type === 'element' && first.tagName === 'h1') {
    file.data.headline = toString(first).replace(/\s+/g, ' ').trim() || null;
    tree.children = tree.children.filter((node) => node !== first);
  }
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'h1') node.tagName = 'h2';
  });
};
