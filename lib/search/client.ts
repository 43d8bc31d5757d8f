/**
 * The browser side of search: loads the build's Pagefind bundle on first use
 * and turns its results into plain data for the page. Only the few Pagefind
 * calls we use are typed here; the module is checked before use because it
 * arrives untyped from a URL.
 */
import { splitExcerpt, type ExcerptPart } from './excerpt';
import { coversQuery, realMatches, splitWords, wordsAt } from './matches';
import { parseShardManifest, SHARD_MANIFEST } from './shards';

export interface SearchHit {
  readonly url: string;
  readonly title: string;
  readonly excerpt: readonly ExcerptPart[];
  readonly words: readonly string[];
}

export interface SearchOutcome {
  /** All matching posts; only the first `limit` are loaded into `hits`. */
  readonly total: number;
  readonly hits: readonly SearchHit[];
}

interface PagefindResultData {
  url: string;
  /** The page's text; `locations` number its words. */
  content: string;
  locations: number[];
  excerpt: string;
  meta?: { title?: string };
}

interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  mergeIndex(indexPath: string, options: { baseUrl?: string }): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

function isPagefindApi(value: unknown): value is PagefindApi {
  const api = value as Partial<Record<keyof PagefindApi, unknown>> | null;
  return typeof api?.options === 'function' && typeof api.mergeIndex === 'function' && typeof api.search === 'function';
}

/** Enough matched words to show which forms were found, short enough to scan. */
const MAX_WORDS = 8;

const loaded = new Map<string, Promise<PagefindApi>>();

async function importPagefind(bundleUrl: string): Promise<PagefindApi> {
  // A runtime URL, not a module of the app: bundlers must leave it alone.
  const bundle: unknown = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ bundleUrl);
  if (!isPagefindApi(bundle)) throw new Error(`not a Pagefind bundle: ${bundleUrl}`);
  // Result URLs are site paths; the bundle's own folder is not their base.
  await bundle.options({ baseUrl: '/', excerptLength: 30 });
  // The other shards of a large site's index (see ./shards): searched and ranked together.
  const folder = new URL('./', new URL(bundleUrl, window.location.href));
  const response = await fetch(new URL(SHARD_MANIFEST, folder));
  if (!response.ok) throw new Error(`${SHARD_MANIFEST}: HTTP ${response.status}`);
  for (const shard of parseShardManifest(await response.json())) {
    await bundle.mergeIndex(new URL(shard, folder).pathname, { baseUrl: '/' });
  }
  return bundle;
}

/** The bundle, loaded once per page; a failed load is retried on the next search. */
function pagefind(bundleUrl: string): Promise<PagefindApi> {
  let promise = loaded.get(bundleUrl);
  if (!promise) {
    promise = importPagefind(bundleUrl);
    promise.catch(() => loaded.delete(bundleUrl));
    loaded.set(bundleUrl, promise);
  }
  return promise;
}

/** Only same-site paths become links, whatever the index holds. */
function sitePath(url: string): string | null {
  return url.startsWith('/') && !url.startsWith('//') ? url : null;
}

/** The page's matches cover every term of the query (its title counts, as Pagefind searches it too). */
function reallyMatches(terms: readonly string[], page: PagefindResultData): boolean {
  return coversQuery(terms, [...wordsAt(page.content, page.locations), ...splitWords(page.meta?.title ?? '')]);
}

export async function searchPosts(bundleUrl: string, query: string, limit = 20): Promise<SearchOutcome> {
  const api = await pagefind(bundleUrl);
  const { results } = await api.search(query);
  const terms = splitWords(query);
  const pages = await Promise.all(results.slice(0, limit).map((result) => result.data()));
  // Pagefind matches a term with the same words on every page (see ./matches):
  // if the best result is a stray-prefix match, so is every other.
  if (pages[0] && !reallyMatches(terms, pages[0])) return { total: 0, hits: [] };
  const hits = pages.flatMap((page): SearchHit[] => {
    const url = sitePath(page.url);
    if (!url || !reallyMatches(terms, page)) return [];
    const words = realMatches(terms, wordsAt(page.content, page.locations)).slice(0, MAX_WORDS);
    return [{ url, title: page.meta?.title || url, excerpt: splitExcerpt(page.excerpt), words }];
  });
  return { total: results.length - (pages.length - hits.length), hits };
}
