import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isLiveSlug, type PostCatalog } from '../../content/catalog';
import { formatRussianDate, toEpoch } from '../../content/dates';
import { nearestNames } from '../../content/diagnostics';
import { postPath, resolvePostLink, slugFromFilePath } from '../../content/paths';
import { report } from './messages';
import { writtenHref } from './written-links';

/** The slug of the post being rendered or checked: its file name. */
export function postSlugOf(file: VFile): string {
  return slugFromFilePath(file.data.rawDocumentData?.sourceFilePath ?? file.path ?? '');
}

export interface PostLinkChecksOptions {
  readonly catalog: PostCatalog;
  /** Origins under which absolute links count as links to our posts. */
  readonly siteOrigins: readonly string[];
  /**
   * check:content only: the build's clock, for links to posts that are not
   * live yet (see below). Without it such links are not checked.
   */
  readonly now?: Date;
}

/** The post a mistyped slug was probably meant to be: one typo in four characters, so "c" is never taken for "a". */
function closestSlug(slug: string, catalog: PostCatalog): string | null {
  const most = Math.floor(slug.length / 4);
  // Suggest live addresses only: an old slug would work, but the link is better written with the new one.
  return nearestNames(slug, [...catalog.keys()].filter((key) => isLiveSlug(catalog, key)), most)[0] ?? null;
}

/**
 * Every link of the page that leads to /blog/<slug>/, however the editor
 * wrote it (Markdown, a reference, raw HTML; absolute, relative, with
 * index.html), checked on the tree the page is rendered from: the post must
 * exist, be addressed as the site serves it, and, for check:content, be live
 * no later than the linking post.
 */
const rehypeCheckPostLinks: Plugin<[PostLinkChecksOptions], Root> = (options) => (tree, file) => {
  const from = postSlugOf(file);
  const self = options.catalog.get(from);
  // A post must never be live while a post it links to is not: the link would
  // be a 404 on the live site. So a post that will be published (now or on its
  // date) may not link to a draft, nor to a post that goes live after both it
  // and now. Drafts may link anywhere. Only check:content (and so `npm run
  // build`) enforces this, not the pages, so `npm run dev` keeps previewing
  // both posts while the editor works on them.
  const liveFrom = options.now && self?.publishedAt && !self.draft ? Math.max(toEpoch(self.publishedAt), options.now.getTime()) : null;
  visit(tree, 'element', (node: Element) => {
    const href = node.properties.href;
    // Links within the page are the fragment check's.
    if (node.tagName !== 'a' || typeof href !== 'string' || href.startsWith('#')) return;
    const target = resolvePostLink(href, from, options.siteOrigins);
    if (!target) return;
    const actual = writtenHref(file, node, href);
    const entry = options.catalog.get(target.slug);
    if (!entry) {
      const near = closestSlug(target.slug, options.catalog);
      report(file, node, {
        ruleId: 'missing-post',
        actual,
        message: `статьи «${target.slug}» нет в content/blog`,
        expected: near ? `адрес существующей статьи — возможно, ${postPath(near)}` : 'адрес существующей статьи вида /blog/<имя-файла>/',
        severity: 'error',
      });
      return;
    }
    if (target.indexFile) {
      report(file, node, {
        ruleId: 'post-file-link',
        actual,
        message: `адрес с index.html: такой страницы на сайте нет, статья «${entry.slug}» открывается по адресу ${postPath(entry.slug)}`,
        expected: `адрес без index.html: ${postPath(entry.slug)}${target.hash}`,
        severity: 'error',
      });
    }
    if (liveFrom === null || !entry.publishedAt) return;
    if (!entry.draft && toEpoch(entry.publishedAt) <= liveFrom) return;
    report(file, node, {
      ruleId: 'unpublished-post',
      actual,
      message: entry.draft
        ? `статья «${entry.slug}» — черновик (draft: true), на сайте её нет`
        : `статья «${entry.slug}» выйдет только ${formatRussianDate(entry.publishedAt)}, до тех пор ссылка будет вести в никуда`,
      expected: 'ссылка на опубликованную статью; ссылку на эту статью можно добавить, когда она выйдет',
      severity: 'error',
    });
  });
};

export default rehypeCheckPostLinks;
