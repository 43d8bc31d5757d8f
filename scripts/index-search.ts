/**
 * Builds the Pagefind search index of a built site and puts it where that
 * build serves it: /_next/static/pagefind/<version>/ (see lib/search/bundle.ts).
 *
 *   tsx scripts/index-search.ts .next-server   # server build: <dist>/static/…
 *   tsx scripts/index-search.ts out            # static export: out/_next/static/…
 *
 * Never into public/: every server build of this repo (real and fixture)
 * shares it. `next start` lists <dist>/static when it starts, so index before
 * starting the server.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { PagefindIndex } from 'pagefind';
import { bundleVersionsIn } from '../lib/search/bundle';
import { hasSearchBody, routeForHtmlFile } from '../lib/search/pages';

/** Pagefind's UI bundles: we render results ourselves, so they are not shipped. */
const UNUSED_FILES = /^pagefind-(?:.+-)?ui\.(?:js|css)$|^pagefind-highlight\.js$/;

interface Layout {
  /** Where the prerendered HTML is. */
  readonly htmlRoot: string;
  /** The folder served at /_next/static/. */
  readonly staticRoot: string;
}

function layoutOf(dir: string): Layout {
  const serverApp = path.join(dir, 'server', 'app');
  if (existsSync(serverApp)) return { htmlRoot: serverApp, staticRoot: path.join(dir, 'static') };
  if (existsSync(path.join(dir, 'index.html'))) return { htmlRoot: dir, staticRoot: path.join(dir, '_next', 'static') };
  throw new Error(`${dir} is neither a Next server build (no server/app) nor a static export (no index.html)`);
}

function readPages(htmlRoot: string): { file: string; html: string }[] {
  return readdirSync(htmlRoot, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({ file, html: readFileSync(path.join(htmlRoot, file), 'utf8') }));
}

/** The one bundle version the built search page asks for. */
function bundleVersion(pages: readonly { file: string; html: string }[]): string {
  const versions = [...new Set(pages.flatMap((page) => bundleVersionsIn(page.html)))];
  if (versions.length !== 1) {
    throw new Error(`expected one search bundle version in the built pages, found ${versions.length}: is /search/ built?`);
  }
  return versions[0]!;
}

async function addPages(index: PagefindIndex, pages: readonly { file: string; html: string }[]): Promise<number> {
  let count = 0;
  for (const page of pages) {
    if (!hasSearchBody(page.html)) continue;
    const { errors } = await index.addHTMLFile({ url: routeForHtmlFile(page.file), content: page.html });
    if (errors.length) throw new Error(`${page.file}: ${errors.join('; ')}`);
    count++;
  }
  return count;
}

async function main(dir: string | undefined): Promise<void> {
  if (!dir) throw new Error('usage: tsx scripts/index-search.ts <server dist dir | export dir>');
  const started = performance.now();
  const { htmlRoot, staticRoot } = layoutOf(dir);
  const pages = readPages(htmlRoot);
  const output = path.join(staticRoot, 'pagefind', bundleVersion(pages));

  // pagefind is ESM-only and this script runs as CommonJS under tsx.
  const pagefind = await import('pagefind');
  try {
    // Every page is Russian: one index, with Russian stemming.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru' });
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    const indexed = await addPages(index, pages);
    // Zero would mean data-pagefind-body went missing from the post page.
    if (indexed === 0) throw new Error(`no page under ${htmlRoot} has data-pagefind-body`);

    rmSync(path.join(staticRoot, 'pagefind'), { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    for (const file of readdirSync(output)) {
      if (UNUSED_FILES.test(file)) rmSync(path.join(output, file));
    }
    const ms = Math.round(performance.now() - started);
    console.log(`search index: ${indexed} of ${pages.length} pages → ${path.relative(process.cwd(), output)} in ${ms} ms`);
  } finally {
    await pagefind.close();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(`index-search: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
