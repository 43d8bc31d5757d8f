import type { Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { PostCatalog } from '../content/catalog';
import { parsePostLink, postPath } from '../content/paths';
import type { ContentProblem } from '../content/problems';

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
  /** Collects problems; the pipeline decides when to fail. */
  readonly report: (file: VFile, problem: Omit<ContentProblem, 'file'>) => void;
}

/**
 * Checks every link to /blog/<slug>/ against the catalog, writes it in the
 * canonical form with the trailing slash, and replaces a broken link text with
 * the target post's title.
 */
export const remarkPostLinks: Plugin<[PostLinksOptions], Root> = (options) => (tree, file) => {
  visit(tree, 'link', (node: Link) => {
    const target = parsePostLink(node.url, options.siteOrigins);
    if (!target) return;
    const entry = options.catalog.get(target.slug);
    if (!entry) {
      options.report(file, {
        line: node.position?.start.line,
        field: 'ссылка',
        value: node.url,
        message: `статьи «${target.slug}» нет в content/blog`,
        expected: 'адрес существующей статьи вида /blog/<имя-файла>/',
        severity: 'error',
      });
      return;
    }
    node.url = `${postPath(entry.slug)}${target.hash}`;
    if (isBrokenLinkText(toString(node)) && entry.title) {
      node.children = [{ type: 'text', value: entry.title }];
    }
  });
};
