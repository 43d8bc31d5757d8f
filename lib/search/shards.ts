/**
 * Pagefind holds a whole index in memory until it writes it: about 550 MB
 * per 1000 posts of the seed's size, 2.9 GB at 5000. The build therefore
 * writes the index in shards of at most SHARD_PAGES pages, one Pagefind
 * process at a time, and the browser merges them (Pagefind's mergeIndex,
 * which ranks the results of all shards together by score). The first shard
 * is the bundle the search page loads; the others are listed in a manifest
 * beside it.
 */

export const SHARD_PAGES = 1000;
export const SHARD_MANIFEST = 'shards.json';

/** The folder of shard `n` (1-based after the primary), relative to the primary bundle's folder. */
export function shardFolder(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`shard number must be a positive integer, got ${n}`);
  return `shards/${n}/`;
}

const SHARD_FOLDER = /^shards\/[1-9][0-9]*\/$/;

/** The manifest's list of extra shard folders; anything else is a broken build. */
export function parseShardManifest(value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string' && SHARD_FOLDER.test(entry))) {
    throw new Error(`${SHARD_MANIFEST}: expected a list of "shards/<n>/" folders`);
  }
  return value as string[];
}

/** Pages per shard: SEARCH_SHARD_PAGES when set (the e2e fixture site uses small shards), else SHARD_PAGES. */
export function shardPagesFrom(env: string | undefined): number {
  if (env === undefined || env === '') return SHARD_PAGES;
  const n = Number(env);
  if (!Number.isInteger(n) || n < 1) throw new Error(`SEARCH_SHARD_PAGES must be a positive integer, got «${env}»`);
  return n;
}
