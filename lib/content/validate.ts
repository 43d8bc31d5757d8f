import GithubSlugger from 'github-slugger';
import { Parser } from 'htmlparser2';
import type { Heading, Html, Image, Link, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { remarkContentLimits } from '../markdown/remark-content-limits';
import { remarkPlaceholders } from '../markdown/remark-placeholders';
import type { GlyphCoverage } from '../og/glyphs';
import { remarkPostLinks } from '../markdown/remark-post-links';
import { site, type PlaceholderAction } from '../site';
import type { Vocabulary } from '../seo/vocabulary';
import type { PostCatalog } from './catalog';
import { checkDuplicateSlugs } from './checks/corpus';
import { checkFileName } from './checks/file-name';
import { checkFrontmatter } from './checks/frontmatter';
import { imageSourceProblem } from './checks/image';
import { formatRussianDate, toEpoch } from './dates';
import { tagCollisionProblems, type PostKeywords } from './keyword-checks';
import { FIELD_NAMES, fieldSpec } from './model';
import { parsePostLink, slugFromFilePath } from './paths';
import type { ContentProblem } from './problems';
import { nearestNames } from './diagnostics';

/**
 * The editor-facing content checks behind `npm run check:content`. Everything
 * here is pure (apart from looking up hero files under `publicDir`) and
 * returns problems instead of throwing, so one run lists every mistake at once.
 * The file name, the frontmatter (driven by the content model, ./model.ts) and
 * the checks between posts are in ./checks; this module checks the body and
 * puts them together.
 */

export interface SourceFile {
  /** Path as the editor sees it in the repository, e.g. content/blog/x.md. */
  readonly filePath: string;
  readonly source: string;
}

export interface ValidationContext {
  readonly catalog: PostCatalog;
  /** Origins under which absolute links count as links to our posts. */
  readonly siteOrigins: readonly string[];
  /** Folder that a hero path like /images/x.jpg is looked up in. */
  readonly publicDir: string;
  /**
   * Heading ids of every post by slug, for checking /blog/x/#fragment links.
   * validateCorpus fills it in; without it fragments are not checked.
   */
  readonly headingIds?: HeadingIndex;
  /** The schema.org vocabulary for the `schema` field; loaded (once, memoised) when absent. */
  readonly vocabulary?: Vocabulary;
  /** Known editorial placeholders; site.placeholders when absent. */
  readonly placeholders?: readonly PlaceholderAction[];
  /** The build's clock, for telling scheduled posts from published ones; the real time when absent. */
  readonly now?: Date;
  /** Origins the site's CSP lets images come from; site.imageOrigins when absent. */
  readonly imageOrigins?: readonly string[];
  /** What the generated social image's fonts draw; the shipped fonts (lib/og/assets) when absent. */
  readonly ogGlyphs?: GlyphCoverage;
}

type Problem = Omit<ContentProblem, 'file'>;

/** Heading ids by post slug; a ReadonlyMap will do. */
export interface HeadingIndex {
  get(slug: string): readonly string[] | undefined;
}

export const TITLE_MAX = fieldSpec('title').limit.max;
export const DESCRIPTION_MAX = fieldSpec('description').limit.max;

/** The fields of the content model (./model.ts), in the order editors write them. */
export const KNOWN_FIELDS = FIELD_NAMES;

export { closestField } from './checks/frontmatter';
export { suggestedFileName } from './checks/file-name';

// ---------------------------------------------------------------------------
// Body: links and heading ids

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm);

function isInvisible(node: RootContent): boolean {
  return node.type === 'yaml' || node.type === 'definition' || (node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value));
}

/**
 * The ids rehype-slug gives the headings of a post: one slugger per document,
 * the plain text of each heading. The body's leading `#` heading is taken out
 * of the page before slugging (rehypeHeadline), so it has no id; later `#`
 * headings become h2 and do.
 */
export function headingIdsOf(source: string): string[] {
  const tree = parser.parse(source);
  const first = tree.children.find((node) => !isInvisible(node));
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  visit(tree, 'heading', (node: Heading) => {
    if (node === first && node.depth === 1) return;
    const id = slugger.slug(toString(node, { includeHtml: false, includeImageAlt: false }));
    if (id) ids.push(id);
  });
  return ids;
}

/**
 * The heading ids of the given posts, each parsed only when a link asks for
 * it: most links carry no #fragment, and parsing every body up front doubled
 * the check's time (about 5 ms a post).
 */
export function buildHeadingIndex(files: readonly SourceFile[]): HeadingIndex {
  const sources = new Map(files.map((f) => [slugFromFilePath(f.filePath), f.source]));
  const parsed = new Map<string, readonly string[]>();
  return {
    get(slug) {
      const cached = parsed.get(slug);
      if (cached) return cached;
      const source = sources.get(slug);
      if (source === undefined) return undefined;
      const ids = headingIdsOf(source);
      parsed.set(slug, ids);
      return ids;
    },
  };
}

function decodeFragment(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return hash.replace(/^#/, '');
  }
}

/** The heading id closest to a mistyped one, when it is plausibly the same. */
function closestId(id: string, ids: readonly string[]): string | null {
  return nearestNames(id, ids, Math.max(2, Math.floor(id.length / 5)))[0] ?? null;
}

function checkFragments(tree: Root, context: ValidationContext): Problem[] {
  const problems: Problem[] = [];
  visit(tree, 'link', (node: Link) => {
    const target = parsePostLink(node.url, context.siteOrigins);
    if (!target || target.hash.length <= 1 || !context.catalog.has(target.slug)) return;
    const ids = context.headingIds?.get(target.slug);
    const id = decodeFragment(target.hash);
    if (!ids || ids.includes(id)) return;
    const near = closestId(id, ids);
    problems.push({
      line: node.position?.start.line,
      field: 'ссылка',
      value: node.url,
      message: `в статье «${target.slug}» нет заголовка с якорем #${id}`,
      expected: near
        ? `якорь существующего заголовка — возможно, #${near}`
        : ids.length
          ? `якорь одного из заголовков этой статьи, например #${ids[0]}`
          : 'ссылка без #…: в этой статье нет подзаголовков',
      severity: 'error',
    });
  });
  return problems;
}

/**
 * A post must never be live while a post it links to is not: the link would be
 * a 404 on the live site. So a post that will be published (now or on its
 * date) may not link to a draft, nor to a post that goes live after both it
 * and now. Drafts may link anywhere. Only check:content (and so `npm run
 * build`) enforces this, not the rendering pipeline, so `npm run dev` keeps
 * previewing both posts while the editor works on them.
 */
function checkLinksToUnpublished(tree: Root, slug: string, context: ValidationContext): Problem[] {
  const self = context.catalog.get(slug);
  if (!self?.publishedAt || self.draft) return [];
  const liveFrom = Math.max(toEpoch(self.publishedAt), (context.now ?? new Date()).getTime());
  const problems: Problem[] = [];
  visit(tree, 'link', (node: Link) => {
    const target = parsePostLink(node.url, context.siteOrigins);
    const entry = target ? context.catalog.get(target.slug) : undefined;
    if (!entry?.publishedAt) return;
    const draft = entry.draft;
    if (!draft && toEpoch(entry.publishedAt) <= liveFrom) return;
    problems.push({
      line: node.position?.start.line,
      field: 'ссылка',
      value: node.url,
      message: draft
        ? `статья «${entry.slug}» — черновик (draft: true), на сайте её нет`
        : `статья «${entry.slug}» выйдет только ${formatRussianDate(entry.publishedAt)}, до тех пор ссылка будет вести в никуда`,
      expected: 'ссылка на опубликованную статью; ссылку на эту статью можно добавить, когда она выйдет',
      severity: 'error',
    });
  });
  return problems;
}

/** `<img …>` tags in a raw HTML node that have no alt attribute at all. */
function imgTagsWithoutAlt(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'img' && !('alt' in attributes)) found.push(attributes.src ?? '');
    },
  });
  parser.end(html);
  return found;
}

/**
 * Images in the text: a Markdown image's address gets the hero's checks (the
 * file exists, the host is allowed); an image without a description is a
 * problem for readers who cannot see it. Raw `<img>` tags are only checked for
 * alt: their addresses are the editor's own business, and the guide says so.
 */
function checkBodyImages(tree: Root, context: ValidationContext): Problem[] {
  const problems: Problem[] = [];
  const imageOrigins = context.imageOrigins ?? site.imageOrigins;
  visit(tree, 'image', (node: Image) => {
    const line = node.position?.start.line;
    const problem = imageSourceProblem(node.url.trim(), context.publicDir, imageOrigins);
    if (problem) problems.push({ line, field: 'картинка', value: node.url, ...problem });
    if (!node.alt?.trim()) {
      problems.push({
        line,
        field: 'картинка',
        value: node.url,
        message: 'у картинки нет описания в квадратных скобках',
        expected: 'что на картинке, для тех, кто её не видит: ![Чистая кухня после уборки](/images/kuhnya.jpg)',
        severity: 'warning',
      });
    }
  });
  visit(tree, 'html', (node: Html) => {
    for (const src of imgTagsWithoutAlt(node.value)) {
      problems.push({
        line: node.position?.start.line,
        field: 'картинка',
        value: src,
        message: 'у тега <img> нет атрибута alt: экранный диктор прочитает вместо описания адрес картинки',
        expected: '<img src="…" alt="что на картинке">, alt="" у чисто декоративной картинки, или картинка Markdown ![описание](адрес)',
        severity: 'error',
      });
    }
  });
  return problems;
}

function checkBody(source: string, slug: string, context: ValidationContext): Problem[] {
  const problems: Problem[] = [];
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(remarkGfm)
    .use(remarkPostLinks, {
      catalog: context.catalog,
      siteOrigins: context.siteOrigins,
      report: (_file, problem) => problems.push(problem),
    })
    .use(remarkPlaceholders, {
      actions: context.placeholders ?? site.placeholders,
      report: (_file, problem) => problems.push(problem),
    })
    // After the placeholders, as in the page pipeline, so both count the same tree.
    .use(remarkContentLimits, { report: (_file, problem) => problems.push(problem) });
  const tree = processor.parse(source);
  // Fragments first: remarkPostLinks rewrites link URLs, and messages quote them as written.
  problems.push(...checkFragments(tree, context), ...checkLinksToUnpublished(tree, slug, context), ...checkBodyImages(tree, context));
  processor.runSync(tree, source);
  return problems;
}

// ---------------------------------------------------------------------------
// Entry points

/** Every problem of one post that can be seen without the other posts' files. */
export function validatePostFile(input: SourceFile, context: ValidationContext): ContentProblem[] {
  return checkPostFile(input, context).problems;
}

function checkPostFile(input: SourceFile, context: ValidationContext): { problems: ContentProblem[]; keywords: PostKeywords | null } {
  const frontmatter = checkFrontmatter(input.source, context);
  const problems = [...checkFileName(input.filePath), ...frontmatter.problems, ...checkBody(input.source, slugFromFilePath(input.filePath), context)];
  return {
    problems: problems.map((problem) => ({ file: input.filePath, ...problem })),
    keywords: frontmatter.keywords ? { filePath: input.filePath, ...frontmatter.keywords } : null,
  };
}

/** Every problem of a set of posts, including those between posts. */
export function validateCorpus(files: readonly SourceFile[], context: ValidationContext): ContentProblem[] {
  const full: ValidationContext = context.headingIds ? context : { ...context, headingIds: buildHeadingIndex(files) };
  const checked = files.map((file) => checkPostFile(file, full));
  const keywords = checked.flatMap((post) => (post.keywords ? [post.keywords] : []));
  return [...checked.flatMap((post) => post.problems), ...checkDuplicateSlugs(files), ...tagCollisionProblems(keywords)];
}
