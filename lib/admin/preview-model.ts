/**
 * The admin's preview (admin/preview.tsx), the pure part: an entry of the
 * editor's form becomes the post the page would show, its body rendered by
 * the site's own markdown pipeline (lib/markdown/pipeline.ts), in the browser.
 * Unit-tested in Node against the page's own rendering (preview-model.test.ts).
 */
import { unified, type Processor } from 'unified';
import type { CatalogEntry, PostCatalog } from '../content/catalog';
import { formatRussianDate } from '../content/dates';
import { normalisedField } from '../content/model';
import { postPath } from '../content/paths';
import { describeProblem, problemFromMessage } from '../content/problems';
import type { PostDetail } from '../content/reshape';
import { unpublishedReason } from '../content/visibility';
import { contentMessages } from '../markdown/checks/messages';
import { EMPTY_OUTLINE, type PostOutline } from '../markdown/outline';
import { configurePostPipeline } from '../markdown/pipeline';
import { internalOrigins, site } from '../site';
import { FILE_NAME_FIELD } from './config';

/** One entry as Decap hands it over: the file's slug and the form's values (our format's fromFile). */
export interface PreviewEntry {
  readonly slug: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** Where the post stands, as the site decides it (lib/content/visibility.ts) at the preview's clock. */
export type PublicationState = 'published' | 'draft' | 'scheduled' | 'no-date';

export interface PostPreview {
  /** The post as its page receives it (components/PostArticle.tsx). */
  readonly post: PostDetail;
  readonly state: PublicationState;
  /** What the page's header shows as the date (the site's formatter, Moscow time), or null without a valid date. */
  readonly dateText: string | null;
  /**
   * Problems the page's pipeline found, as check:content words them
   * («ссылка: «…» — статьи «x» нет в content/blog; ожидается …»); errors stop a build.
   */
  readonly problems: readonly { readonly text: string; readonly severity: 'error' | 'warning' }[];
}

/** A post's file name: the form's file-name field (a new entry has no slug yet), else the entry's slug. */
export function previewSlug(entry: PreviewEntry): string {
  const typed = entry.data[FILE_NAME_FIELD];
  if (typeof typed === 'string' && typed.trim()) return typed.trim();
  return entry.slug || 'novaya-statya';
}

function catalogEntry(entry: PreviewEntry, slug: string): CatalogEntry {
  // Read as buildCatalog reads the files (the model's normalisation), so titles, drafts and dates agree with check:content.
  return {
    slug,
    title: normalisedField(entry.data, 'title'),
    filePath: `content/blog/${slug}.md`,
    draft: normalisedField(entry.data, 'draft'),
    publishedAt: normalisedField(entry.data, 'pubDate'),
  };
}

/**
 * The posts a link may point to: every entry of the collection as the admin
 * loaded it from the repository (the branch check:content checks), with the
 * entry being edited as it is in the form now.
 */
export function catalogFromEntries(entries: readonly PreviewEntry[], current?: PreviewEntry): PostCatalog {
  const catalog = new Map<string, CatalogEntry>();
  for (const entry of entries) catalog.set(entry.slug, catalogEntry(entry, entry.slug));
  if (current) {
    const slug = previewSlug(current);
    catalog.set(slug, catalogEntry(current, slug));
  }
  return catalog;
}

/** The page's state for a post: draft wins over a future date, as on the site; a missing or invalid date is its own state. */
export function publicationState(data: Readonly<Record<string, unknown>>, now: Date): PublicationState {
  const publishedAt = normalisedField(data, 'pubDate');
  const draft = normalisedField(data, 'draft');
  if (draft) return 'draft';
  if (publishedAt === null) return 'no-date';
  return unpublishedReason({ draft, publishedAt }, now) ?? 'published';
}

export interface PreviewOptions {
  /** Other posts, for links (catalogFromEntries); empty when the admin could not load them. */
  readonly catalog: PostCatalog;
  /** The preview's clock, for drafts and scheduled posts. */
  readonly now: Date;
  /** Turns the hero's address into one the preview can show (Decap's getAsset for a just-uploaded /images/… file). */
  readonly assetUrl?: (src: string) => string;
}

/** The body as the page renders it, plus the pipeline's problems instead of a failed build. */
async function renderBody(markdown: string, slug: string, catalog: PostCatalog) {
  const processor = unified() as unknown as Processor;
  configurePostPipeline(processor, {
    input: 'body',
    catalog,
    siteOrigins: internalOrigins,
    contentDirPath: 'content',
    placeholders: site.placeholders,
    // The page stops on an error; the preview shows the page and lists the error.
    failOnErrors: false,
    outline: true,
  });
  const file = await processor.process({ value: markdown, data: { rawDocumentData: { sourceFilePath: `blog/${slug}.md` } } });
  const outline: PostOutline = file.data.outline ?? EMPTY_OUTLINE;
  const problems = contentMessages(file).map((message) => {
    const problem = problemFromMessage(`content/blog/${slug}.md`, message);
    return { text: describeProblem(problem), severity: problem.severity };
  });
  return { html: String(file), outline, problems };
}

/** The post page's view of an entry of the editor's form. */
export async function previewPost(entry: PreviewEntry, options: PreviewOptions): Promise<PostPreview> {
  const { data } = entry;
  const slug = previewSlug(entry);
  const body = typeof data.body === 'string' ? data.body : '';
  const rendered = await renderBody(body, slug, options.catalog);
  const state = publicationState(data, options.now);
  const written = normalisedField(data, 'pubDate');
  // The page needs a date; without a valid one the form itself shows the field's message.
  const publishedAt = written ?? options.now.toISOString();
  const title = normalisedField(data, 'title');
  const heroSrc = normalisedField(data, 'heroImage');
  const post: PostDetail = {
    slug,
    url: postPath(slug),
    title,
    description: normalisedField(data, 'description'),
    publishedAt,
    updatedAt: normalisedField(data, 'updatedDate') ?? publishedAt,
    author: normalisedField(data, 'author'),
    redirectFrom: normalisedField(data, 'redirectFrom'),
    keywords: normalisedField(data, 'keywords'),
    hero: heroSrc ? { src: options.assetUrl ? options.assetUrl(heroSrc) : heroSrc, alt: normalisedField(data, 'heroAlt') } : null,
    draft: normalisedField(data, 'draft'),
    // As lib/content/reshape.ts's toPostDetail: the body's leading `#` heading is the page's one h1.
    headline: rendered.outline.headline ?? title,
    wordCount: rendered.outline.wordCount,
    html: rendered.html,
    outline: rendered.outline,
    schema: null,
    sourceFilePath: `blog/${slug}.md`,
  };
  return { post, state, dateText: written ? formatRussianDate(written) : null, problems: rendered.problems };
}
