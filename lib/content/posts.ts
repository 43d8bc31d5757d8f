import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cache } from 'react';
import type { Post } from 'contentlayer/generated';
// Imported, not read: see lib/content/revision.ts for why.
import generated from '../../.contentlayer/content-revision.json';
import { toPostDetail, type PostDetail, type PostSummary } from './reshape';
import { GENERATED_DIR, SUMMARY_INDEX, type SummaryIndex } from './summary-index';
import { publishedView, type PublishedView } from './published-view';
import { postsWithTag, type Tag } from './tags';

/**
 * Content queries for pages. Everything is read from Contentlayer's output at
 * build time (pages are statically generated, so nothing here is needed at
 * run time and the reads are kept out of file tracing), one file at a time: listings
 * read the summary index, a post page reads only its own document.
 */

const root = process.cwd();
let cached: { revision: string; index: SummaryIndex } | null = null;

function readIndex(): SummaryIndex {
  if (cached?.revision === generated.revision) return cached.index;
  let index: SummaryIndex;
  try {
    index = JSON.parse(readFileSync(path.join(/* turbopackIgnore: true */ root, SUMMARY_INDEX), 'utf8')) as SummaryIndex;
  } catch (error) {
    throw new Error(`${SUMMARY_INDEX} is missing: run \`contentlayer2 build\` before Next (npm run build does).`, {
      cause: error,
    });
  }
  cached = { revision: generated.revision, index };
  return index;
}

const showDrafts = () => process.env.NODE_ENV === 'development';

let view: { revision: string; view: PublishedView } | null = null;

/** Drafts and future posts are left out, except in `npm run dev`; see publishedView. */
function published(): PublishedView {
  if (view?.revision !== generated.revision) {
    view = { revision: generated.revision, view: publishedView(readIndex().posts, new Date(), showDrafts()) };
  }
  return view.view;
}

/** Posts a visitor may see, newest first. */
export function publishedPosts(): readonly PostSummary[] {
  return published().posts;
}

export function publishedSlugs(): string[] {
  return publishedPosts().map((post) => post.slug);
}

/**
 * The full post, read from its own generated file; null when it is not published.
 * cache(): a post page asks twice per render (metadata and body), and parsing the
 * document is most of what our code costs there.
 */
export const postBySlug = cache((slug: string): PostDetail | null => {
  const file = readIndex().files[slug];
  if (!published().bySlug.has(slug) || !file) return null;
  const doc = JSON.parse(readFileSync(path.join(/* turbopackIgnore: true */ root, GENERATED_DIR, 'Post', file), 'utf8')) as Post;
  return toPostDetail(doc);
});

/** Every tag of the published posts with its count, most used first. */
export function publishedTags(): readonly Tag[] {
  return published().tags;
}

/** The tag and its posts (newest first), or null for a tag no published post has. */
export function tagWithPosts(slug: string): { tag: Tag; posts: readonly PostSummary[] } | null {
  const tag = publishedTags().find((candidate) => candidate.slug === slug);
  return tag ? { tag, posts: postsWithTag(publishedPosts(), slug) } : null;
}
