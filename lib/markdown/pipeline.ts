import type { Root as HastRoot } from 'hast';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin, type Processor } from 'unified';
import type { VFile } from 'vfile';
import type { PostCatalog } from '../content/catalog';
import { site, type PlaceholderAction } from '../site';
import { ContentProblemsError, type ContentProblem } from '../content/problems';
import { EMPTY_OUTLINE, type PostOutline } from './outline';
import { rehypeDropEditorClasses, rehypeNoteEditorHtml } from './rehype-editor-classes';
import { rehypeFootnoteLinks } from './rehype-footnote-links';
import { rehypeHeadline } from './rehype-headline';
import { rehypeOutline } from './rehype-outline';
import { remarkContentLimits } from './remark-content-limits';
import { remarkPlaceholders } from './remark-placeholders';
import { remarkPostLinks } from './remark-post-links';
import { postSanitizeSchema } from './sanitize-schema';

declare module 'vfile' {
  interface DataMap {
    problems: Omit<ContentProblem, 'file'>[];
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
}

/** The file's path as the editor sees it in the repository. */
function editorPath(file: VFile, contentDirPath: string): string {
  const source = file.data.rawDocumentData?.sourceFilePath ?? file.path ?? '(без имени)';
  return contentDirPath && !source.startsWith(`${contentDirPath}/`) ? `${contentDirPath}/${source}` : source;
}

function reportTo(file: VFile, problem: Omit<ContentProblem, 'file'>): void {
  (file.data.problems ??= []).push(problem);
}

/**
 * Last step: fail with every error of the file at once. check:content
 * reports the same problems before any build starts; this keeps a page from
 * ever being rendered around one.
 */
const failOnProblems: Plugin<[PostPipelineOptions], HastRoot> = (options) => (_tree, file) => {
  // Warnings are check:content's to show; only errors stop a page.
  const problems = (file.data.problems ?? []).filter((problem) => problem.severity === 'error');
  if (problems.length) {
    const path = editorPath(file, options.contentDirPath);
    throw new ContentProblemsError(problems.map((p) => ({ ...p, file: path })));
  }
};

function isOwnLink(href: string, siteOrigins: readonly string[]): boolean {
  try {
    return siteOrigins.includes(new URL(href).origin);
  } catch {
    return true;
  }
}

/**
 * The one markdown pipeline of the site: a post page renders its own body with
 * it (lib/content/posts.ts). Order matters: raw HTML is parsed and loses its
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
    .use(remarkPostLinks, { catalog: options.catalog, siteOrigins: options.siteOrigins, report: reportTo })
    .use(remarkPlaceholders, { actions: options.placeholders, report: reportTo })
    .use(remarkContentLimits, { report: reportTo })
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
    .use(rehypeSlug)
    .use(rehypeExternalLinks, {
      test: (element) => !isOwnLink(String(element.properties.href ?? ''), options.siteOrigins),
      // Keep what the editor wrote (the old blog's nofollow) and add the safe pair.
      rel: (element) => {
        const written: unknown = element.properties.rel;
        const existing = Array.isArray(written) ? written.map(String) : String(written ?? '').split(/\s+/);
        return [...new Set([...existing.filter(Boolean), 'noopener', 'noreferrer'])];
      },
    })
    .use(rehypeOutline)
    .use(failOnProblems, options)
    .use(rehypeStringify);
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
