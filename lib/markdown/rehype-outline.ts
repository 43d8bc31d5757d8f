import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { countWords } from '../content/reading-time';
import type { OutlineHeading, OutlineSection, PostOutline } from './outline';

declare module 'vfile' {
  interface DataMap {
    outline: PostOutline;
  }
}

const text = (node: Element | ElementContent | RootContent): string =>
  toString(node as Element).replace(/\s+/g, ' ').trim();

const isHeading = (node: RootContent, tag: string): node is Element =>
  node.type === 'element' && node.tagName === tag;

/** First <p> inside a section, however deep (a section may open with an h3). */
function firstParagraph(nodes: readonly RootContent[]): string {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    if (node.tagName === 'p') {
      const value = text(node);
      if (value) return value;
    }
    // Lists are navigation or enumerations, not a section's own prose.
    if (node.tagName === 'ul' || node.tagName === 'ol') continue;
    const nested = firstParagraph(node.children as RootContent[]);
    if (nested) return nested;
  }
  return '';
}

/**
 * Reads the outline of the sanitised, slugged body: the h2/h3 headings for
 * the contents, the h2 sections for HowTo steps, and the word count. Runs
 * after rehype-slug so ids are the ones the page has.
 */
export const rehypeOutline: Plugin<[], Root> = () => (tree, file) => {
  const headings: OutlineHeading[] = [];
  visit(tree, 'element', (node: Element) => {
    // The footnotes' own (visually hidden) «Примечания» heading is not a part of the article.
    if (node.tagName === 'section' && node.properties.dataFootnotes !== undefined) return SKIP;
    if ((node.tagName === 'h2' || node.tagName === 'h3') && typeof node.properties.id === 'string') {
      headings.push({ depth: node.tagName === 'h2' ? 2 : 3, id: node.properties.id, text: text(node) });
    }
  });

  const sections: OutlineSection[] = [];
  const top = tree.children;
  top.forEach((node, index) => {
    if (!isHeading(node, 'h2') || typeof node.properties.id !== 'string') return;
    const nextH2 = top.findIndex((n, i) => i > index && isHeading(n, 'h2'));
    const body = top.slice(index + 1, nextH2 === -1 ? undefined : nextH2);
    sections.push({ id: node.properties.id, title: text(node), firstParagraph: firstParagraph(body) });
  });

  file.data.outline = {
    headline: file.data.headline ?? null,
    headings,
    sections,
    wordCount: countWords(`${file.data.headline ?? ''} ${toString(tree)}`),
  };
};
