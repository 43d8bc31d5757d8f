/**
 * Builds the Pagefind search index of a built site and puts it where that
 * build serves it: /_next/static/pagefind/<version>/ (see lib/search/bundle.ts).
 *
 *   tsx scripts/index-search.ts .next-server   # server build: <dist>/static/…
 *   tsx scripts/index-search.ts out            # static export: out/_next/static/…
 *
 * Large sites get the index in shards (see lib/search/shards.ts).
 *
 * Never into public/: every server build of this repo (real and fixture)
 * shares it. `next start` lists <dist>/static when it starts, so index before
 * starting the server.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleVersionsIn } from '../lib/search/bundle';
import { hasSearchBody, routeForHtmlFile } from '../lib/search/pages';
import { SHARD_MANIFEST, shardFolder, shardPagesFrom } from '../lib/search/shards';
import { builtSite, htmlPagesUnder } from './built-site';

/** Pagefind's UI bundles: we render results ourselves, so they are not shipped. */
const UNUSED_FILES = /^pagefind-(?:.+-)?ui\.(?:js|css)$|^pagefind-highlight\.js$/;

/** Adds pages to one Pagefind index and writes it to a folder of its own. */
async function writeShard(
  pagefind: typeof import('pagefind'),
  htmlRoot: string,
  files: readonly string[],
  folder: string,
): Promise<void> {
  // Every page is Russian: one index, with Russian stemming.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const file of files) {
    const { errors: addErrors } = await index.addHTMLFile({ url: routeForHtmlFile(file), content: readFileSync(path.join(htmlRoot, file), 'utf8') });
    if (addErrors.length) throw new Error(`${file}: ${addErrors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: folder });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  for (const file of readdirSync(folder)) {
    if (UNUSED_FILES.test(file)) rmSync(path.join(folder, file));
  }
  // A fresh Pagefind process per shard: a closed one gives all its memory back.
  await pagefind.close();
}

/** The one bundle version the built search page asks for. */
function bundleVersion(versions: ReadonlySet<string>): string {
  if (versions.size !== 1) {
    throw new Error(`expected one search bundle version in the built pages, found ${versions.size}: is /search/ built?`);
  }
  return [...versions][0]!;
}

async function main(dir: string | undefined): Promise<void> {
  if (!dir) throw new Error('usage: tsx scripts/index-search.ts <server dist dir | export dir>');
  const started = performance.now();
  const { htmlRoot, staticRoot } = builtSite(dir);
  const shardPages = shardPagesFrom(process.env.SEARCH_SHARD_PAGES);
  const files = htmlPagesUnder(htmlRoot);

  // One file in memory at a time: holding every page's HTML cost 665 MB at 5000 posts.
  const versions = new Set<string>();
  const searchable: string[] = [];
  for (const file of files) {
    const html = readFileSync(path.join(htmlRoot, file), 'utf8');
    for (const version of bundleVersionsIn(html)) versions.add(version);
    if (hasSearchBody(html)) searchable.push(file);
  }
  // Zero would mean data-pagefind-body went missing from the post page.
  if (searchable.length === 0) throw new Error(`no page under ${htmlRoot} has data-pagefind-body`);
  const output = path.join(staticRoot, 'pagefind', bundleVersion(versions));

  rmSync(path.join(staticRoot, 'pagefind'), { recursive: true, force: true });
  // pagefind is ESM-only and this script runs as CommonJS under tsx.
  const pagefind = await import('pagefind');
  const shardCount = Math.ceil(searchable.length / shardPages);
  // The first shard is the bundle the search page loads; the manifest lists the rest.
  const extra = Array.from({ length: shardCount - 1 }, (_, i) => shardFolder(i + 1));
  try {
    for (let n = 0; n < shardCount; n++) {
      const pages = searchable.slice(n * shardPages, (n + 1) * shardPages);
      await writeShard(pagefind, htmlRoot, pages, n === 0 ? output : path.join(output, extra[n - 1]!));
    }
  } finally {
    await pagefind.close();
  }
  writeFileSync(path.join(output, SHARD_MANIFEST), JSON.stringify(extra));

  const ms = Math.round(performance.now() - started);
  console.log(
    `search index: ${searchable.length} of ${files.length} pages in ${shardCount} shard${shardCount === 1 ? '' : 's'} → ${path.relative(process.cwd(), output)} in ${ms} ms`,
  );
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(`index-search: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
