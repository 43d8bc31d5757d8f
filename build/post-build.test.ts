import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { flightFilesOf } from './flight-files';
import { indexed, postBuild, readPage, secured, withoutRuntime, written, type PostBuildReport } from './post-build';
import { SearchIndex } from './search/indexer';
import { scriptHashSource } from './security/inline-scripts';

/**
 * The pass over a small server build laid out as Next 16 writes one: a home
 * page and a post without client components, a search page that renders one
 * (its flight rows name module 4242), Next's not-found page, each with its
 * flight data. Real Pagefind, real files.
 */

const THEME = "document.documentElement.dataset.theme='light'";
const RUNTIME =
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/><script src="/_next/static/chunks/a.js" async=""></script>';
const flight = (rows: string) => `<script>self.__next_f.push([1,"${rows}"])</script>`;
const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="ru"><head><meta charSet="utf-8"/>${RUNTIME}<script>${THEME}</script>${head}</head><body>${body}${flight('3:I[22016,[],\\"\\"]')}</body></html>`;

const PAGES: Record<string, string> = {
  'index.html': page('<title>Главная</title>', '<main><h1>Блог</h1></main>'),
  'blog/post.html': page('<title>Статья</title>', '<article data-pagefind-body="true"><h1>Доверие клиентов</h1><p>Как завоевать доверие.</p></article>'),
  'search.html': page('<title>Поиск</title>', `<main data-bundle="/_next/static/pagefind/abc123/pagefind.js"></main>${flight('5:I[4242,[],\\"SearchResults\\"]')}`),
  '_not-found.html': page('<title>Нет</title>', '<h1>404</h1>'),
};

let dir: string;
let report: PostBuildReport;

function flightOf(base: string): void {
  writeFileSync(path.join(dir, 'server', 'app', `${base}.rsc`), '0:["flight"]');
  mkdirSync(path.join(dir, 'server', 'app', `${base}.segments`, 'blog'), { recursive: true });
  writeFileSync(path.join(dir, 'server', 'app', `${base}.segments`, '_tree.segment.rsc'), 'tree');
  writeFileSync(path.join(dir, 'server', 'app', `${base}.segments`, 'blog', '__PAGE__.segment.rsc'), 'page');
}

before(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'post-build-'));
  for (const [file, html] of Object.entries(PAGES)) {
    mkdirSync(path.dirname(path.join(dir, 'server', 'app', file)), { recursive: true });
    writeFileSync(path.join(dir, 'server', 'app', file), html);
    flightOf(file.replace(/\.html$/, ''));
  }
  mkdirSync(path.join(dir, 'static'), { recursive: true });
  mkdirSync(path.join(dir, 'server', 'app', 'search'), { recursive: true });
  writeFileSync(
    path.join(dir, 'server', 'app', 'search', 'page_client-reference-manifest.js'),
    'globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["/search/page"] = {"clientModules":{"[project]/components/SearchResults.tsx":{"id":4242,"chunks":[]},"[project]/node_modules/next/dist/client/app-dir/link.js":{"id":22016,"chunks":[]}}};',
  );
  report = await postBuild(dir, { shardPages: 1000, imageOrigins: [], redirects: [] });
});

after(() => rmSync(dir, { recursive: true, force: true }));

const html = (file: string) => readFileSync(path.join(dir, 'server', 'app', file), 'utf8');

test('pages without a client component of ours lose the runtime; the search page keeps it', () => {
  for (const file of ['index.html', 'blog/post.html', '_not-found.html']) {
    assert.doesNotMatch(html(file), /__next_f|\/_next\/static\/chunks\//, file);
    assert.match(html(file), new RegExp(`<script>${THEME}</script>`), file);
  }
  assert.match(html('search.html'), /I\[4242,/);
  assert.match(html('search.html'), /<script src="\/_next\/static\/chunks\/a\.js"/);
  assert.deepEqual(report.keptReact, ['search.html']);
});

test('each page names exactly the inline scripts it has now, right after <meta charset>', () => {
  const policy = (file: string) => /^<!DOCTYPE html><html lang="ru"><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/.exec(html(file))?.[1];
  assert.match(policy('blog/post.html')!, new RegExp(`script-src 'self' 'wasm-unsafe-eval' ${escape(scriptHashSource(THEME))};`));
  const search = policy('search.html')!;
  for (const text of [THEME, 'self.__next_f.push([1,"3:I[22016,[],\\"\\"]"])', 'self.__next_f.push([1,"5:I[4242,[],\\"SearchResults\\"]"])']) {
    assert.ok(search.includes(scriptHashSource(text)), text);
  }
});

test('no flight data is left for a page without React; the search page and Next\'s error page keep theirs', () => {
  for (const base of ['index', 'blog/post']) {
    assert.equal(existsSync(path.join(dir, 'server', 'app', `${base}.segments`)), false, base);
    // Next's server reads it with the page's HTML as one cache entry: kept, empty.
    assert.equal(statSync(path.join(dir, 'server', 'app', `${base}.rsc`)).size, 0, base);
  }
  for (const base of ['search', '_not-found']) {
    assert.equal(readFileSync(path.join(dir, 'server', 'app', `${base}.rsc`), 'utf8'), '0:["flight"]', base);
    assert.ok(existsSync(path.join(dir, 'server', 'app', `${base}.segments`, 'blog', '__PAGE__.segment.rsc')), base);
  }
  assert.deepEqual(JSON.parse(readFileSync(path.join(dir, 'pages-without-react.json'), 'utf8')), ['/', '/blog/post/']);
});

test('the search index holds the post only, under the version the search page names', () => {
  assert.equal(report.indexed, 1);
  const bundle = path.join(dir, 'static', 'pagefind', 'abc123');
  assert.ok(existsSync(path.join(bundle, 'pagefind.js')));
  assert.deepEqual(JSON.parse(readFileSync(path.join(bundle, 'shards.json'), 'utf8')), []);
  assert.deepEqual(readdirSync(path.join(dir, 'static', 'pagefind')), ['abc123']);
  assert.equal(readdirSync(bundle).some((file) => /-ui\.(js|css)$/.test(file)), false);
});

test('a second run leaves every page as it is', async () => {
  const first = Object.keys(PAGES).map(html);
  await postBuild(dir, { shardPages: 1000, imageOrigins: [], redirects: [] });
  assert.deepEqual(Object.keys(PAGES).map(html), first);
  assert.deepEqual(flightFilesOf({ kind: 'server', htmlRoot: path.join(dir, 'server', 'app') }, 'blog/post.html'), { remove: [], empty: [] });
});

test('the steps only take a page from the step before them', () => {
  // Type checks only (npm run typecheck): never run.
  const misuse = async (search: SearchIndex) => {
    const read = readPage(dir, 'index.html');
    // @ts-expect-error the policy needs a page the search index has seen
    secured(withoutRuntime(read, new Set()), []);
    // @ts-expect-error the search index takes a page without its runtime
    await indexed(read, search);
    // @ts-expect-error a page is written only with its policy
    written(await indexed(withoutRuntime(read, new Set()), search), { kind: 'server', htmlRoot: dir, staticRoot: dir, manifestRoot: dir });
  };
  assert.equal(typeof misuse, 'function');
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
