import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { EXIT, SKIP, visit } from 'unist-util-visit';
import { CONTENT_LIMITS } from '../content/limits';
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
 * after rehype-slug so ids are the ones the page has. The contents stop at
 * the headings' error limit: check:content and remarkContentLimits refuse
 * more, but raw `<h2>` tags are only seen here, and a page must stay small.
 */
export const rehypeOutline: Plugin<[], Root> = () => (tree, file) => {
  const headings: OutlineHeading[] = [];
  visit(tree, 'element', (node: Element) => {
    // The footnotes' own (visually hidden) «Примечания» heading is not a part of the article.
    if (node.tagName === 'section' && node.properties.dataFootnotes !== undefined) return SKIP;
    if (headings.length >= CONTENT_LIMITS.headings.error) return EXIT;
    if ((node.tagName === 'h2' || node.tagName === 'h3') && typeof node.properties.id === 'string') {
      headings.push({ depth: node.tagName === 'h2' ? 2 : 3, id: node.properties.id, text: text(node) });
    }
  });

  // One pass: looking up each section's end from the start made 10,000 sections quadratic.
  const sections: OutlineSection[] = [];
  let open: { id: string; title: string; body: RootContent[] } | null = null;
  const close = () => {
    if (open) sections.push({ id: open.id, title: open.title, firstParagraph: firstParagraph(open.body) });
  };
  for (const node of tree.children) {
    if (isHeading(node, 'h2')) {
      close();
      open = typeof node.properties.id === 'string' ? { id: node.properties.id, title: text(node), body: [] } : null;
    } else open?.body.push(node);
  }
  close();

  file.data.outline = {
    headline: file.data.headline ?? null,
    headings,
    sections,
    wordCount: countWords(`${file.data.headline ?? ''} ${toString(tree)}`),
  };
};
