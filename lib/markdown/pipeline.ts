import type { Element, Root as HastRoot } from 'hast';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin, type Processor } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { PostCatalog } from '../content/catalog';
import type { PublicFileLookup } from '../content/image-source';
import type { ImageVariantLookup } from '../images/variants';
import { leavesSite } from '../content/paths';
import { ContentProblemsError, problemFromMessage } from '../content/problems';
import { RESERVED_PAGE_IDS } from '../page-ids';
import { site, type PlaceholderAction } from '../site';
import remarkCheckBodyImages from './checks/body-images';
import rehypeCheckFragments, { type HeadingIndex } from './checks/fragments';
import { contentMessages } from './checks/messages';
import rehypeCheckPostLinks from './checks/post-links';
import { remarkNoteWrittenLinks } from './checks/written-links';
import { EMPTY_OUTLINE, type PostOutline } from './outline';
import { rehypeDropEditorClasses, rehypeNoteEditorHtml } from './rehype-editor-classes';
import { rehypeFootnoteLinks } from './rehype-footnote-links';
import { rehypeHeadingIds } from './rehype-heading-ids';
import { rehypeHeadline } from './rehype-headline';
import { rehypeOutline } from './rehype-outline';
import { rehypePictures } from './rehype-pictures';
import { remarkContentLimits } from './remark-content-limits';
import { remarkPlaceholders } from './remark-placeholders';
import { remarkPostLinks } from './remark-post-links';
import { postSanitizeSchema } from './sanitize-schema';

declare module 'vfile' {
  interface DataMap {
    /** The document being rendered, for messages (named as Contentlayer names it). */
    rawDocumentData: { sourceFilePath: string };
  }
}

export interface PostPipelineOptions {
  readonly catalog: PostCatalog;
  /** Origins under which absolute links are internal (the site's own URL). */
  readonly siteOrigins: readonly string[];
  /** Folder the editor's paths are relative to, for messages ("content"). */
  readonly contentDirPath: string;
  /** Editorial placeholders and the actions they become (site.placeholders). */
  readonly placeholders: readonly PlaceholderAction[];
  /**
   * 'file': the whole markdown file, YAML block first (tests, scripts).
   * 'body': only what follows the YAML block (a generated document's body.raw),
   * so a body that opens with a `---` rule is not mistaken for frontmatter.
   */
  readonly input?: 'file' | 'body';
  /**
   * false for check:content: problems stay messages of the file
   * (lib/markdown/checks/messages.ts) instead of failing the run, and what
   * only a page needs (its outline) is not worked out. True when absent.
   */
  readonly failOnErrors?: boolean;
  /**
   * Work out the page's outline (headline, contents, word count). Defaults to
   * failOnErrors; the admin's preview wants both the outline and the problems
   * as messages, since it shows the page even where a build would stop.
   */
  readonly outline?: boolean;
  /** The checks only check:content runs; the pages run without them. */
  readonly editorChecks?: EditorChecks;
  /**
   * The build's variants of local images (lib/images/manifest-file.ts): a
   * function, so this module stays browser-safe. Pages pass it; the admin's
   * preview (blob: and unconverted uploads) and check:content do not, and show
   * images as written.
   */
  readonly imageVariants?: ImageVariantLookup;
}

export interface EditorChecks {
  /**
   * The file under public/ an image path like /images/x.jpg names. A
   * function, not a folder, so this module stays free of Node-only imports:
   * the admin's preview runs the same pipeline in the browser (admin/preview.ts).
   */
  readonly publicFile: PublicFileLookup;
  /** Origins the site's CSP lets images come from. */
  readonly imageOrigins: readonly string[];
  /** The build's clock, for telling scheduled posts from published ones. */
  readonly now: Date;
  /** Every post's heading ids, for /blog/x/#fragment links; without it those are not checked. */
  readonly headingIds?: HeadingIndex;
}

/** The file's path as the editor sees it in the repository. */
function editorPath(file: VFile, contentDirPath: string): string {
  const source = file.data.rawDocumentData?.sourceFilePath ?? file.path ?? '(без имени)';
  return contentDirPath && !source.startsWith(`${contentDirPath}/`) ? `${contentDirPath}/${source}` : source;
}

/**
 * Last step: fail with every error of the file at once. check:content
 * reports the same problems before any build starts; this keeps a page from
 * ever being rendered around one.
 */
const failOnProblems: Plugin<[PostPipelineOptions], HastRoot> = (options) => (_tree, file) => {
  // Warnings are check:content's to show; only errors stop a page.
  const errors = contentMessages(file).filter((message) => message.fatal);
  if (errors.length) {
    const path = editorPath(file, options.contentDirPath);
    throw new ContentProblemsError(errors.map((message) => problemFromMessage(path, message)));
  }
};

/** Keep what the editor wrote (the old blog's nofollow) and add the safe pair. */
function externalRel(element: Element): string[] {
  const written: unknown = element.properties.rel;
  const existing = Array.isArray(written) ? written.map(String) : String(written ?? '').split(/\s+/);
  return [...new Set([...existing.filter(Boolean), 'noopener', 'noreferrer'])];
}

/**
 * Browsers read `/\host` and `\\host` (and a leading space) as `//host`, another
 * site; rehype-external-links only knows `//host` and absolute URLs, so such
 * links get the same rel here.
 */
const rehypeExternalLookalikes: Plugin<[{ siteOrigins: readonly string[] }], HastRoot> = (options) => (tree) => {
  visit(tree, 'element', (node: Element) => {
    const href = node.properties.href;
    if (node.tagName !== 'a' || typeof href !== 'string' || !/^\s*[\\/][\\/]/.test(href) || href.startsWith('//')) return;
    if (leavesSite(href, options.siteOrigins)) node.properties.rel = externalRel(node);
  });
};

/**
 * The one markdown pipeline of the site: a post page renders its own body with
 * it (lib/content/posts.ts), and check:content runs it up to the tree, with
 * its own checks added (lib/content/validate.ts). Order matters: raw HTML is parsed and loses its
 * classes, then everything is sanitised, and only then do our plugins add ids
 * and attributes, so the sanitiser never strips what we add and never lets
 * through what editors add.
 */
export function configurePostPipeline(processor: Processor, options: PostPipelineOptions): void {
  processor.use(remarkParse);
  // In a whole file the YAML block is not body text.
  if (options.input !== 'body') processor.use(remarkFrontmatter);
  processor
    .use(remarkGfm)
    // Before remarkPostLinks rewrites them: messages quote addresses as written.
    .use(remarkNoteWrittenLinks)
    .use(remarkPostLinks, { catalog: options.catalog, siteOrigins: options.siteOrigins })
    .use(remarkPlaceholders, { actions: options.placeholders })
    .use(remarkContentLimits);
  const editor = options.editorChecks;
  if (editor) processor.use(remarkCheckBodyImages, { publicFile: editor.publicFile, imageOrigins: editor.imageOrigins });
  processor
    .use(remarkRehype, {
      allowDangerousHtml: true,
      // The sanitiser prefixes every id once (see rehypeFootnoteLinks); prefixing
      // footnote ids here too gave "user-content-user-content-fn-1" and dead links.
      clobberPrefix: '',
      footnoteLabel: 'Примечания',
      footnoteBackLabel: (referenceIndex: number) => `Вернуться к тексту, к сноске ${referenceIndex + 1}`,
    })
    .use(rehypeNoteEditorHtml)
    .use(rehypeRaw)
    .use(rehypeDropEditorClasses)
    .use(rehypeSanitize, postSanitizeSchema)
    .use(rehypeFootnoteLinks, { prefix: postSanitizeSchema.clobberPrefix ?? '' })
    .use(rehypeHeadline)
    .use(rehypeHeadingIds, { reserved: RESERVED_PAGE_IDS })
    .use(rehypeExternalLinks, { test: (element) => leavesSite(String(element.properties.href ?? ''), options.siteOrigins), rel: externalRel })
    .use(rehypeExternalLookalikes, { siteOrigins: options.siteOrigins });
  // After the sanitiser: the <picture> and its sources are ours.
  if (options.imageVariants) processor.use(rehypePictures, { images: options.imageVariants });
  processor
    // Links are checked where the page has them all: after rehype-raw and the sanitiser, with final ids.
    .use(rehypeCheckPostLinks, { catalog: options.catalog, siteOrigins: options.siteOrigins, ...(editor ? { now: editor.now } : {}) });
  if (editor) {
    processor.use(rehypeCheckFragments, {
      catalog: options.catalog,
      siteOrigins: options.siteOrigins,
      pageIds: RESERVED_PAGE_IDS,
      ...(editor.headingIds ? { headingIds: editor.headingIds } : {}),
    });
  }
  if (options.outline ?? options.failOnErrors !== false) processor.use(rehypeOutline);
  if (options.failOnErrors !== false) processor.use(failOnProblems, options);
  processor.use(rehypeStringify);
}

export interface RenderedPost {
  readonly html: string;
  readonly outline: PostOutline;
}

/** Renders one post body to sanitised HTML and reads its outline. */
export async function renderPostBody(
  markdown: string,
  options: Omit<PostPipelineOptions, 'placeholders'> & {
    placeholders?: readonly PlaceholderAction[];
    sourceFilePath?: string;
  },
): Promise<RenderedPost> {
  const processor = unified();
  configurePostPipeline(processor as unknown as Processor, { placeholders: site.placeholders, ...options });
  const file = await processor.process({
    value: markdown,
    data: { rawDocumentData: { sourceFilePath: options.sourceFilePath ?? 'blog/untitled.md' } },
  });
  return { html: String(file), outline: file.data.outline ?? EMPTY_OUTLINE };
}
