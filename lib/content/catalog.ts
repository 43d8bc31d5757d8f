import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseContentDate } from './dates';
import { parseFrontmatter } from './frontmatter';
import { slugFromFilePath } from './paths';

/**
 * What one post needs to know about the others while it is rendered: which
 * slugs exist (to fail on dead links) and their titles (to repair link texts).
 * Read from the files themselves, because Contentlayer renders each document
 * without access to the rest.
 */
export interface CatalogEntry {
  readonly slug: string;
  readonly title: string;
  readonly filePath: string;
  /** `draft: true` as written; anything else counts as not a draft (the checker reports bad values). */
  readonly draft: boolean;
  /** pubDate as ISO 8601 with offset, or null when it is not a date. */
  readonly publishedAt: string | null;
}
export type PostCatalog = ReadonlyMap<string, CatalogEntry>;

export function listMarkdownFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.md$/i.test(entry.name)) out.push(full);
    }
  };
  if (statSync(dir, { throwIfNoEntry: false })?.isDirectory()) walk(dir);
  return out.sort();
}

export function buildCatalog(files: readonly { filePath: string; source: string }[]): PostCatalog {
  const catalog = new Map<string, CatalogEntry>();
  for (const { filePath, source } of files) {
    const { data } = parseFrontmatter(source);
    const title = typeof data.title === 'string' ? data.title.trim() : '';
    const slug = slugFromFilePath(filePath);
    catalog.set(slug, { slug, title, filePath, draft: data.draft === true, publishedAt: parseContentDate(data.pubDate) });
  }
  return catalog;
}

const cache = new Map<string, { key: string; checkedAt: number; catalog: PostCatalog }>();

/**
 * How long a catalog is trusted without looking at the folder. Contentlayer
 * asks for the markdown pipeline, and so for the catalog, once per document:
 * listing and stat-ing N files for each of N documents made a 5000-post build
 * quadratic. Within this window a run reuses the catalog; an editor's save in
 * `contentlayer2 dev` comes later than that and is seen.
 */
const FRESH_FOR_MS = 1_000;

/**
 * The catalog of a content folder, re-read only when a file is added, removed
 * or saved (mtime), so rendering N posts reads the folder's frontmatter once,
 * not N times, and `contentlayer2 dev` still sees a renamed title.
 */
export function loadCatalog(dir: string, now: number = Date.now()): PostCatalog {
  const hit = cache.get(dir);
  if (hit && now - hit.checkedAt < FRESH_FOR_MS) return hit.catalog;
  const files = listMarkdownFiles(dir);
  const key = files.map((file) => `${file}\t${statSync(file).mtimeMs}`).join('\n');
  if (hit && hit.key === key) {
    hit.checkedAt = now;
    return hit.catalog;
  }
  const catalog = buildCatalog(files.map((filePath) => ({ filePath, source: readFileSync(filePath, 'utf8') })));
  cache.set(dir, { key, checkedAt: now, catalog });
  return catalog;
}
