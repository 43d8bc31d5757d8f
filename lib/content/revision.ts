import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A fingerprint of the whole generated content, written by every Contentlayer
 * run. lib/content/posts.ts imports it, which puts the generated content into
 * Next's module graph: in `npm run dev` a saved post changes this file, Next
 * sees a changed server module and refreshes the open page by itself (pages
 * otherwise read .contentlayer with fs, which Next does not watch). In
 * production it is the key of the summary-index cache.
 */
export const CONTENT_REVISION = path.join('.contentlayer', 'content-revision.json');

export interface ContentRevision {
  readonly revision: string;
}

export function contentRevision(documents: Iterable<unknown>): ContentRevision {
  const hash = createHash('sha256');
  for (const document of documents) hash.update(JSON.stringify(document)).update('\0');
  return { revision: hash.digest('hex').slice(0, 16) };
}

export async function writeContentRevision(documents: Iterable<unknown>, cwd: string = process.cwd()): Promise<void> {
  const target = path.join(cwd, CONTENT_REVISION);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, `${JSON.stringify(contentRevision(documents))}\n`);
}
