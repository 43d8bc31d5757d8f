import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { contentMessages } from '../markdown/checks/messages';
import { configurePostPipeline } from '../markdown/pipeline';
import type { GlyphCoverage } from '../og/glyphs';
import { site, type PlaceholderAction } from '../site';
import type { Vocabulary } from '../seo/vocabulary';
import type { PostCatalog } from './catalog';
import { checkDuplicateSlugs } from './checks/corpus';
import { checkRedirects } from './checks/redirects';
import { checkFileName } from './checks/file-name';
import { checkFrontmatter } from './checks/frontmatter';
import { buildHeadingIndex, type CorpusHeadingIndex, type HeadingIndex } from './heading-index';
import type { PostKeywords } from './keyword-checks';
import { tagCollisionProblems } from './keyword-checks';
import { FIELD_NAMES, fieldSpec } from './model';
import { slugFromFilePath } from './paths';
import { publicFileLookup } from './public-files';
import { problemFromMessage, type ContentProblem } from './problems';


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


export { buildHeadingIndex, headingIdsOf, type HeadingIndex } from './heading-index';

export const TITLE_MAX = fieldSpec('title').limit.max;
export const DESCRIPTION_MAX = fieldSpec('description').limit.max;

/** The fields of the content model (./model.ts), in the order editors write them. */
export const KNOWN_FIELDS = FIELD_NAMES;

export { closestField } from './checks/frontmatter';
export { suggestedFileName } from './checks/file-name';

// ---------------------------------------------------------------------------
// Body: the page pipeline itself, with the checks only check:content runs

const checkProcessors = new WeakMap<ValidationContext, Processor>();

/** One processor per context: the page's pipeline, stopped before the stringifier, reporting instead of failing. */
function checkProcessor(context: ValidationContext): Processor {
  const cached = checkProcessors.get(context);
  if (cached) return cached;
  const processor = unified() as unknown as Processor;
  configurePostPipeline(processor, {
    catalog: context.catalog,
    siteOrigins: context.siteOrigins,
    contentDirPath: '',
    placeholders: context.placeholders ?? site.placeholders,
    failOnErrors: false,
    editorChecks: {
      publicFile: publicFileLookup(context.publicDir),
      imageOrigins: context.imageOrigins ?? site.imageOrigins,
      now: context.now ?? new Date(),
      ...(context.headingIds ? { headingIds: context.headingIds } : {}),
    },
  });
  checkProcessors.set(context, processor.freeze());
  return processor;
}

function checkBody(input: SourceFile, context: ValidationContext, index?: CorpusHeadingIndex): ContentProblem[] {
  const processor = checkProcessor(context);
  const file = new VFile({ path: input.filePath, value: input.source });
  processor.runSync(processor.parse(file), file);
  index?.remember(slugFromFilePath(input.filePath), file.data.headingIds ?? []);
  return contentMessages(file).map((message) => problemFromMessage(input.filePath, message));
}

// ---------------------------------------------------------------------------
// Entry points

/** Every problem of one post that can be seen without the other posts' files. */
export function validatePostFile(input: SourceFile, context: ValidationContext): ContentProblem[] {
  return checkPostFile(input, context).problems;
}

function checkPostFile(
  input: SourceFile,
  context: ValidationContext,
  index?: CorpusHeadingIndex,
): { problems: ContentProblem[]; keywords: PostKeywords | null } {
  const frontmatter = checkFrontmatter(input.source, context);
  const problems = [...checkFileName(input.filePath), ...frontmatter.problems, ...checkBody(input, context, index)];
  return {
    problems: problems.map((problem) => ({ file: input.filePath, ...problem })),
    keywords: frontmatter.keywords ? { filePath: input.filePath, ...frontmatter.keywords } : null,
  };
}

/** Every problem of a set of posts, including those between posts. */
export function validateCorpus(files: readonly SourceFile[], context: ValidationContext): ContentProblem[] {
  const index = context.headingIds ? undefined : buildHeadingIndex(files, context);
  const full: ValidationContext = index ? { ...context, headingIds: index } : context;
  const checked = files.map((file) => checkPostFile(file, full, index));
  const keywords = checked.flatMap((post) => (post.keywords ? [post.keywords] : []));
  return [...checked.flatMap((post) => post.problems), ...checkDuplicateSlugs(files), ...checkRedirects(files), ...tagCollisionProblems(keywords)];
}
