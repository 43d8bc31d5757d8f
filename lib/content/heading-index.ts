import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import type { HeadingIndex } from '../markdown/checks/fragments';
import { configurePostPipeline } from '../markdown/pipeline';
import { site } from '../site';
import type { PostCatalog } from './catalog';
import { slugFromFilePath } from './paths';

export type { HeadingIndex };

export interface HeadingIdOptions {
  /** The catalog the pages render with: a link text repaired from a title changes a heading's id. Empty when absent. */
  readonly catalog?: PostCatalog;
  readonly siteOrigins?: readonly string[];
}

const idProcessors = new WeakMap<PostCatalog, Map<string, Processor>>();
const NO_POSTS: PostCatalog = new Map();

/** The page pipeline itself, run up to the tree (no stringifier, no failing): ids come from rehype-slug as on the page. */
function idProcessor(options: HeadingIdOptions): Processor {
  const catalog = options.catalog ?? NO_POSTS;
  const siteOrigins = options.siteOrigins ?? [];
  const byOrigins = idProcessors.get(catalog) ?? new Map<string, Processor>();
  idProcessors.set(catalog, byOrigins);
  const key = siteOrigins.join(' ');
  const cached = byOrigins.get(key);
  if (cached) return cached;
  const processor = unified() as unknown as Processor;
  configurePostPipeline(processor, { catalog, siteOrigins, contentDirPath: '', placeholders: site.placeholders, failOnErrors: false });
  byOrigins.set(key, processor.freeze());
  return processor;
}

/** The ids the page of this post gives its headings (a whole file, YAML block first), in order. */
export function headingIdsOf(source: string, options: HeadingIdOptions = {}, filePath = 'blog/untitled.md'): string[] {
  const processor = idProcessor(options);
  const file = new VFile({ path: filePath, value: source });
  processor.runSync(processor.parse(file), file);
  return [...(file.data.headingIds ?? [])];
}

export interface CorpusHeadingIndex extends HeadingIndex {
  /** The ids of a post the checker has just run through the pipeline anyway, so it is not run twice. */
  remember(slug: string, ids: readonly string[]): void;
}

/**
 * The heading ids of the given posts, each worked out only when a link asks
 * for it (or noted when the checker runs the post anyway): most links carry
 * no #fragment, and rendering every body up front doubled the check's time.
 */
export function buildHeadingIndex(files: readonly { filePath: string; source: string }[], options: HeadingIdOptions = {}): CorpusHeadingIndex {
  const bySlug = new Map(files.map((f) => [slugFromFilePath(f.filePath), f]));
  const known = new Map<string, readonly string[]>();
  return {
    get(slug) {
      const cached = known.get(slug);
      if (cached) return cached;
      const file = bySlug.get(slug);
      if (file === undefined) return undefined;
      const ids = headingIdsOf(file.source, options, file.filePath);
      known.set(slug, ids);
      return ids;
    },
    remember(slug, ids) {
      if (bySlug.has(slug)) known.set(slug, ids);
    },
  };
}
