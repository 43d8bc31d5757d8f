import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Post } from 'contentlayer/generated';
import { publishedView } from './published-view';
import { postRedirects, type PostRedirect } from './redirects';
import { toPostSummary, type PostSummary } from './reshape';

/**
 * Contentlayer's own index holds every body's markdown. Listing pages need only
 * summaries, so the build writes them to a file of their own, and a post page
 * reads only its own document.
 */
export const GENERATED_DIR = path.join('.contentlayer', 'generated');
export const SUMMARY_INDEX = path.join('.contentlayer', 'post-summaries.json');

export function byNewest(a: PostSummary, b: PostSummary): number {
  return new Date(b.publishedAt).getTime() - new Date(a.publishedAt).getTime() || a.slug.localeCompare(b.slug);
}

/** Contentlayer writes each document to Post/<source path with / as __>.json. */
export function generatedFileName(sourceFilePath: string): string {
  return `${sourceFilePath.replace(/\//g, '__')}.json`;
}

export interface SummaryIndex {
  /** Newest first. */
  readonly posts: readonly PostSummary[];
  /** slug → the post's file, relative to the content folder (blog/<slug>.md). Drafts included. */
  readonly sources: Readonly<Record<string, string>>;
}

export function buildSummaryIndex(docs: readonly Post[]): SummaryIndex {
  const posts = docs.map(toPostSummary).sort(byNewest);
  const sources: Record<string, string> = {};
  for (const doc of docs) sources[doc.slug] = doc._raw.sourceFilePath;
  return { posts, sources };
}

export async function writeSummaryIndex(docs: readonly Post[], cwd: string = process.cwd()): Promise<void> {
  const target = path.join(cwd, SUMMARY_INDEX);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, JSON.stringify(buildSummaryIndex(docs)));
}

/**
 * Every generated Post, read from Contentlayer's JSON index. Contentlayer's own
 * onSuccess `importData()` is an `import()` of generated/index.mjs, which Node
 * caches: under `contentlayer2 dev` it keeps returning the first build's
 * documents, so the listing would never see an edit. Reading the file is always fresh.
 */
export async function readGeneratedPosts(cwd: string = process.cwd()): Promise<Post[] | null> {
  const file = path.join(cwd, GENERATED_DIR, 'Post', '_index.json');
  // Contentlayer calls onSuccess even when a document failed and nothing was written.
  if (!existsSync(file)) return null;
  return JSON.parse(await readFile(file, 'utf8')) as Post[];
}

/**
 * The redirects of renamed posts as a build made now publishes them, from the
 * summary index the content stage wrote (no index: none). For build-time
 * code outside the pages: next.config.ts (next start's 308s) and the
 * post-build pass (the export's `_redirects`), so both read the list the
 * pages read.
 */
export function readPublishedRedirects(cwd: string = process.cwd(), now: Date = new Date()): PostRedirect[] {
  const file = path.join(cwd, SUMMARY_INDEX);
  if (!existsSync(file)) return [];
  const index = JSON.parse(readFileSync(file, 'utf8')) as SummaryIndex;
  return postRedirects(publishedView(index.posts, now, false).posts);
}
