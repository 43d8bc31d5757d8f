import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { PostCatalog } from '../../content/catalog';
import { nearestNames } from '../../content/diagnostics';
import { resolvePostLink } from '../../content/paths';
import { report } from './messages';
import { postSlugOf } from './post-links';
import { writtenHref } from './written-links';

/** Heading ids by post slug, as the pages have them; a ReadonlyMap will do. */
export interface HeadingIndex {
  get(slug: string): readonly string[] | undefined;
}

export interface FragmentChecksOptions {
  readonly catalog: PostCatalog;
  readonly siteOrigins: readonly string[];
  /** Ids every page has besides the body's (lib/page-ids.ts): a link may name them. */
  readonly pageIds: readonly string[];
  /** The other posts' heading ids; without it links to other posts' fragments are not checked. */
  readonly headingIds?: HeadingIndex;
}

function decodeFragment(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return hash.replace(/^#/, '');
  }
}

/** What to write instead of a fragment that names no heading of the post. */
function expectedFragment(id: string, ids: readonly string[]): string {
  const near = nearestNames(id, ids, Math.max(2, Math.floor(id.length / 5)))[0];
  if (near) return `якорь существующего заголовка — возможно, #${near}`;
  return ids.length ? `якорь одного из заголовков этой статьи, например #${ids[0]}` : 'ссылка без #…: в этой статье нет подзаголовков';
}

/**
 * Links to a part of a page: `/blog/x/#part` must name a heading of post x
 * (its ids from the heading index), and `#part` an element of this page. Run
 * after the heading ids are final, on the tree the page is rendered from, so
 * raw `<a href="#…">` and raw `<h2>` headings count like Markdown ones.
 */
const rehypeCheckFragments: Plugin<[FragmentChecksOptions], Root> = (options) => (tree, file) => {
  const from = postSlugOf(file);
  let ownIds: ReadonlySet<string> | null = null;
  const idsOnThisPage = (): ReadonlySet<string> => {
    if (ownIds) return ownIds;
    const ids = new Set(options.pageIds);
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    });
    return (ownIds = ids);
  };
  visit(tree, 'element', (node: Element) => {
    const href = node.properties.href;
    if (node.tagName !== 'a' || typeof href !== 'string') return;
    if (href.startsWith('#')) {
      const id = decodeFragment(href);
      // "#" and "#top" lead to the top of any page (HTML's rule for fragments).
      if (id === '' || id.toLowerCase() === 'top' || idsOnThisPage().has(id)) return;
      report(file, node, {
        ruleId: 'page-fragment',
        actual: writtenHref(file, node, href),
        message: `на этой странице нет заголовка с якорем #${id}`,
        expected: expectedFragment(id, file.data.headingIds ?? []),
        severity: 'error',
      });
      return;
    }
    const target = resolvePostLink(href, from, options.siteOrigins);
    const entry = target && target.hash.length > 1 ? options.catalog.get(target.slug) : undefined;
    if (!target || !entry) return;
    // An old slug's link is a link to the renamed post: its headings count.
    const ids = options.headingIds?.get(entry.slug);
    const id = decodeFragment(target.hash);
    if (!ids || ids.includes(id) || options.pageIds.includes(id)) return;
    report(file, node, {
      ruleId: 'post-fragment',
      actual: writtenHref(file, node, href),
      message: `в статье «${entry.slug}» нет заголовка с якорем #${id}`,
      expected: expectedFragment(id, ids),
      severity: 'error',
    });
  });
};

export default rehypeCheckFragments;
