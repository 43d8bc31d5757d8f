import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cache } from 'react';
import type { Post } from 'contentlayer/generated';
// Imported, not read: see lib/content/revision.ts for why.
import generated from '../../.contentlayer/content-revision.json';
import { imageVariants } from '../images/manifest-file';
import { renderPostBody } from '../markdown/pipeline';
import { newestForFeed, type FeedPost } from '../seo/feed';
import { internalOrigins, site } from '../site';
import { catalogFromSummaries, type PostCatalog } from './catalog';
import { contentDirFromEnv } from './paths';
import { publishedView, type PublishedView } from './published-view';
import { postRedirects, type PostRedirect } from './redirects';
import { toPostDetail, type PostDetail, type PostSummary } from './reshape';
import { GENERATED_DIR, generatedFileName, SUMMARY_INDEX, type SummaryIndex } from './summary-index';
import { postsWithTag, type Tag } from './tags';

/**
 * Content queries for pages. Everything is read from Contentlayer's output at
 * build time (pages are statically generated, so nothing here is needed at
 * run time and the reads are kept out of file tracing), one file at a time: listings
 * read the summary index, a post page reads only its own document and renders
 * only its own body.
 */

const root = process.cwd();
// Where editors' files live, for messages.
const CONTENT_DIR = contentDirFromEnv();

interface Snapshot {
  readonly revision: string;
  readonly index: SummaryIndex;
  readonly view: PublishedView;
  readonly catalog: PostCatalog;
  /** Old slug → its renamed, published post (lib/content/redirects.ts). */
  readonly redirects: ReadonlyMap<string, PostRedirect>;
}
let snapshot: Snapshot | null = null;

const showDrafts = () => process.env.NODE_ENV === 'development';

/**
 * The summary index and what is derived from it, read once per content
 * revision. The public view leaves out drafts and future posts, except in
 * `npm run dev`; the link catalog knows every post, as check:content does.
 */
function current(): Snapshot {
  if (snapshot?.revision === generated.revision) return snapshot;
  let index: SummaryIndex;
  try {
    index = JSON.parse(readFileSync(path.join(/* turbopackIgnore: true */ root, SUMMARY_INDEX), 'utf8')) as SummaryIndex;
  } catch (error) {
    throw new Error(`${SUMMARY_INDEX} is missing: run \`contentlayer2 build\` before Next (npm run build does).`, {
      cause: error,
    });
  }
  const view = publishedView(index.posts, new Date(), showDrafts());
  snapshot = {
    revision: generated.revision,
    index,
    view,
    catalog: catalogFromSummaries(index.posts, index.sources, CONTENT_DIR),
    redirects: new Map(postRedirects(view.posts).map((redirect) => [redirect.from, redirect])),
  };
  return snapshot;
}

/** Posts a visitor may see, newest first. */
export function publishedPosts(): readonly PostSummary[] {
  return current().view.posts;
}

export function publishedSlugs(): string[] {
  return publishedPosts().map((post) => post.slug);
}

/** Every old address of a renamed, published post, sorted by old slug. */
export function publishedRedirects(): readonly PostRedirect[] {
  return [...current().redirects.values()];
}

/** The redirect from an old slug, or null when it is none. */
export function redirectFrom(slug: string): PostRedirect | null {
  return current().redirects.get(slug) ?? null;
}

/** A published post's summary (no body), or null. */
export function postSummaryBySlug(slug: string): PostSummary | null {
  return current().view.bySlug.get(slug) ?? null;
}

/**
 * The full post with its body rendered, or null when it is not published.
 * The body is rendered here, per page, rather than by Contentlayer for every
 * post at once: Contentlayer keeps every document in one process, and with
 * the HTML and outline in them a 5000-post build peaked at 2.9 GB there.
 * cache(): a post page asks twice per render (metadata and body).
 */
export const postBySlug = cache(async (slug: string): Promise<PostDetail | null> => {
  const { index, view, catalog } = current();
  const source = index.sources[slug];
  if (!view.bySlug.has(slug) || !source) return null;
  const file = path.join(/* turbopackIgnore: true */ root, GENERATED_DIR, 'Post', generatedFileName(source));
  const doc = JSON.parse(readFileSync(file, 'utf8')) as Post;
  const body = await renderPostBody(doc.body.raw, {
    input: 'body',
    catalog,
    siteOrigins: internalOrigins,
    contentDirPath: CONTENT_DIR,
    placeholders: site.placeholders,
    sourceFilePath: source,
    imageVariants: imageVariants(),
  });
  return toPostDetail(doc, body);
});

/** Every tag of the published posts with its count, most used first. */
export function publishedTags(): readonly Tag[] {
  return current().view.tags;
}

/** The tag and its posts (newest first), or null for a tag no published post has. */
export function tagWithPosts(slug: string): { tag: Tag; posts: readonly PostSummary[] } | null {
  const tag = publishedTags().find((candidate) => candidate.slug === slug);
  return tag ? { tag, posts: postsWithTag(publishedPosts(), slug) } : null;
}

// One rendered body per post for every feed of a process (see feedPosts).
let feedBodies = { revision: '', bySlug: new Map<string, Promise<string | null>>() };

/**
 * The newest of `posts` with their full bodies, for a feed. Each listing has
 * three feeds and a post is in the feeds of each of its tags, so a build
 * would render one body many times: each is rendered once per process and
 * content revision (only its HTML is kept), at most once per post.
 */
export async function feedPosts(posts: readonly PostSummary[]): Promise<FeedPost[]> {
  const { revision } = current();
  if (feedBodies.revision !== revision) feedBodies = { revision, bySlug: new Map() };
  const { bySlug } = feedBodies;
  const shown = newestForFeed(posts);
  const bodies = await Promise.all(
    shown.map((summary) => {
      let body = bySlug.get(summary.slug);
      if (!body) {
        body = postBySlug(summary.slug).then((detail) => detail?.html ?? null);
        bySlug.set(summary.slug, body);
      }
      return body;
    }),
  );
  return shown.flatMap((summary, index) => {
    const html = bodies[index];
    return html === null || html === undefined ? [] : [{ summary, html }];
  });
}
