/**
 * The Pagefind search index of a built site, fed one page at a time and put
 * where that build serves it: /_next/static/pagefind/<version>/ (see
 * lib/search/bundle.ts). Never into public/: every server build of this repo
 * (real and fixture) shares it. `next start` lists <dist>/static when it
 * starts, so the index is written before the server starts.
 *
 * Large sites get the index in shards (see lib/search/shards.ts): a shard is
 * written as soon as it is full, by a Pagefind process of its own, so neither
 * Pagefind nor this process ever holds more than one shard and one page. The
 * version comes from the search page, which may come after the first shard,
 * so shards are written to a folder of their own and it is renamed at the end.
 */
import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleVersionsIn } from '../../lib/search/bundle';
import { SHARD_MANIFEST, shardFolder } from '../../lib/search/shards';

/**
 * Pages handed to Pagefind before the first is answered. Pagefind indexes in
 * a process of its own and answers each page over a pipe: awaiting every
 * answer left this process idle for about half of the pass (9.7 of 19 s at
 * 1000 posts, profiled), so the pass reads, strips and hashes the next pages
 * meanwhile. Pagefind takes the pages in the order they are sent, so the
 * index is the same; at most this many pages are held in memory.
 */
const IN_FLIGHT = 16;

/** Pagefind's UI bundles: we render results ourselves, so they are not shipped. */
const UNUSED_FILES = /^pagefind-(?:.+-)?ui\.(?:js|css)$|^pagefind-highlight\.js$/;

type Pagefind = typeof import('pagefind');
type PagefindIndex = NonNullable<Awaited<ReturnType<Pagefind['createIndex']>>['index']>;

export interface SearchReport {
  readonly indexed: number;
  readonly shards: number;
  /** The primary bundle's folder. */
  readonly output: string;
}

export class SearchIndex {
  private pagefind: Pagefind | null = null;
  private index: PagefindIndex | null = null;
  private inShard = 0;
  private shards = 0;
  private indexed = 0;
  private readonly versions = new Set<string>();
  private readonly staging: string;
  /** Pages sent to Pagefind and not yet answered, oldest first. */
  private readonly pending: Promise<void>[] = [];

  constructor(
    /** The build's folder served at /_next/static/. */
    private readonly staticRoot: string,
    private readonly shardPages: number,
  ) {
    this.staging = path.join(staticRoot, 'pagefind', '.building');
    rmSync(path.join(staticRoot, 'pagefind'), { recursive: true, force: true });
  }

  /** Takes a page as it will be served, scripts aside: its bundle version if it names one, its text if `searchable`. */
  async add(route: string, html: string, searchable: boolean): Promise<void> {
    for (const version of bundleVersionsIn(html)) this.versions.add(version);
    if (!searchable) return;
    const index = this.index ?? (await this.openShard());
    const added = index.addHTMLFile({ url: route, content: html }).then(({ errors }) => {
      if (errors.length) throw new Error(`${route}: ${errors.join('; ')}`);
    });
    // Handled here so that a failure waiting its turn is not reported as unhandled; it is rethrown when awaited.
    added.catch(() => undefined);
    this.pending.push(added);
    this.indexed++;
    if (this.pending.length >= IN_FLIGHT) await this.pending.shift();
    if (++this.inShard === this.shardPages) await this.closeShard();
  }

  /** Writes the last shard and the manifest, and puts the bundle under its version. */
  async finish(): Promise<SearchReport> {
    try {
      if (this.index) await this.closeShard();
    } finally {
      await this.pagefind?.close();
    }
    // Zero would mean data-pagefind-body went missing from the post page.
    if (this.indexed === 0) throw new Error('no page has data-pagefind-body');
    if (this.versions.size !== 1) {
      throw new Error(`expected one search bundle version in the built pages, found ${this.versions.size}: is /search/ built?`);
    }
    const output = path.join(this.staticRoot, 'pagefind', [...this.versions][0]!);
    // The first shard is the bundle the search page loads; the manifest lists the rest.
    const extra = Array.from({ length: this.shards - 1 }, (_, i) => shardFolder(i + 1));
    writeFileSync(path.join(this.staging, SHARD_MANIFEST), JSON.stringify(extra));
    renameSync(this.staging, output);
    return { indexed: this.indexed, shards: this.shards, output };
  }

  private async openShard(): Promise<PagefindIndex> {
    // pagefind is ESM-only and this module runs as CommonJS under tsx.
    this.pagefind ??= await import('pagefind');
    // Every page is Russian: one index, with Russian stemming.
    const { index, errors } = await this.pagefind.createIndex({ forceLanguage: 'ru' });
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    this.index = index;
    return index;
  }

  private async closeShard(): Promise<void> {
    await Promise.all(this.pending.splice(0));
    const index = this.index!;
    const folder = this.shards === 0 ? this.staging : path.join(this.staging, shardFolder(this.shards));
    this.index = null;
    this.inShard = 0;
    this.shards++;
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    if (existsSync(folder)) {
      for (const file of readdirSync(folder)) if (UNUSED_FILES.test(file)) rmSync(path.join(folder, file));
    }
    // A fresh Pagefind process per shard: a closed one gives all its memory back.
    await this.pagefind!.close();
  }
}
