import type { Post } from 'contentlayer/generated';
import type { RenderedPost } from '../markdown/pipeline';
import type { PostOutline } from '../markdown/outline';
import { asEditorSchema, type EditorSchema } from '../seo/editor-schema';
import { normalisedField } from './model';

/**
 * The app's view of a post. Contentlayer's generated `Post` is the raw shape
 * (json fields are `any`); these reshape it into types the pages can trust.
 */
export interface PostSummary {
  readonly slug: string;
  /** Site path with the trailing slash: /blog/<slug>/ */
  readonly url: string;
  /** Frontmatter title: the document title (<title>, cards, feeds). */
  readonly title: string;
  readonly description: string;
  /** ISO 8601 with offset. */
  readonly publishedAt: string;
  readonly updatedAt: string;
  readonly author: string;
  readonly keywords: readonly string[];
  readonly hero: { readonly src: string; readonly alt: string } | null;
  readonly draft: boolean;
  /** Slugs this post had before it was renamed; each /blog/<old>/ redirects here (lib/content/redirects.ts). */
  readonly redirectFrom: readonly string[];
}

/** A post as its own page shows it: the summary, plus the body rendered by lib/markdown. */
export interface PostDetail extends PostSummary {
  /** The visible h1: the body's leading `#` heading, or the title. */
  readonly headline: string;
  readonly wordCount: number;
  /** Sanitised HTML of the body. */
  readonly html: string;
  readonly outline: PostOutline;
  /** The editor's JSON-LD HowTo as written (validated by check:content), or null. */
  readonly schema: EditorSchema | null;
  /** e.g. blog/doverie-klientov.md */
  readonly sourceFilePath: string;
}

/** Trims and defaults come from the content model (./model.ts); the dates from Contentlayer's computed fields, which parse them by the same rule. */
export function toPostSummary(doc: Post): PostSummary {
  const heroSrc = normalisedField(doc, 'heroImage');
  return {
    slug: doc.slug,
    url: doc.url,
    title: normalisedField(doc, 'title'),
    description: normalisedField(doc, 'description'),
    publishedAt: doc.publishedAt,
    updatedAt: doc.updatedAt,
    author: normalisedField(doc, 'author'),
    keywords: normalisedField(doc, 'keywords'),
    hero: heroSrc ? { src: heroSrc, alt: normalisedField(doc, 'heroAlt') } : null,
    draft: normalisedField(doc, 'draft'),
    redirectFrom: normalisedField(doc, 'redirectFrom'),
  };
}

export function toPostDetail(doc: Post, body: RenderedPost): PostDetail {
  const summary = toPostSummary(doc);
  return {
    ...summary,
    headline: body.outline.headline ?? summary.title,
    wordCount: body.outline.wordCount,
    html: body.html,
    outline: body.outline,
    schema: asEditorSchema(doc.schema),
    sourceFilePath: doc._raw.sourceFilePath,
  };
}
