import type { Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { PostCatalog } from '../content/catalog';
import { parsePostLink, postPath } from '../content/paths';

/**
 * The old blog's YAML handling printed the folded-scalar indicator instead of
 * the title, so link texts like ">-" were published. Such a text (or an empty
 * one) is not something an editor meant to write.
 */
const YAML_ARTEFACTS = new Set(['>', '>-', '>+', '|', '|-', '|+']);

export function isBrokenLinkText(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === '' || YAML_ARTEFACTS.has(trimmed);
}

export interface PostLinksOptions {
  readonly catalog: PostCatalog;
  /** Origins under which absolute links count as internal. */
  readonly siteOrigins: readonly string[];
}

/**
 * Writes every Markdown link to an existing post in the canonical form with
 * the trailing slash, and replaces a broken link text with the target post's
 * title. Whether the post exists is checked later, on the page's tree, for
 * every form of link (checks/post-links.ts).
 */
export const remarkPostLinks: Plugin<[PostLinksOptions], Root> = (options) => (tree) => {
  visit(tree, 'link', (node: Link) => {
    const target = parsePostLink(node.url, options.siteOrigins);
    if (!target) return;
    const entry = options.catalog.get(target.slug);
    if (!entry) return;
    node.url = `${postPath(entry.slug)}${target.hash}`;
    if (isBrokenLinkText(toString(node)) && entry.title) {
      node.children = [{ type: 'text', value: entry.title }];
    }
  });
};
