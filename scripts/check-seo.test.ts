import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadVocabulary } from '../lib/seo/vocabulary';
import { checkPage, jsonLdScripts, summaryLine } from './check-seo';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const vocab = loadVocabulary(path.join(ROOT, 'lib/seo/schemaorg/schemaorg-all-https-30.0.jsonld'));
const temp = mkdtempSync(path.join(tmpdir(), 'check-seo-'));
after(() => rmSync(temp, { recursive: true, force: true }));

/** Runs the checker the way `npm run check:seo` does, from the repository root. */
function runChecker(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-seo.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, lines: result.stderr.split('\n').filter(Boolean) };
}

function page(...scripts: string[]): string {
  const tags = scripts.map((s) => `<script type="application/ld+json">${s}</script>`).join('');
  return `<!DOCTYPE html><html lang="ru"><head><title>x</title>${tags}<script>var a = 1 < 2;</script></head><body><p>Текст</p></body></html>`;
}

function site(name: string, pages: Readonly<Record<string, string>>): string {
  const dir = path.join(temp, name);
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

const shown = (dir: string) => path.relative(ROOT, dir).split(path.sep).join('/');

// The title holds "<b>", escaped the way lib/seo/serialize.ts does it.
const GOOD = JSON.stringify({
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'Organization', '@id': 'https://a.example/#org', name: 'ButlerSPB' },
    { '@type': 'BlogPosting', '@id': 'https://a.example/x/#article', headline: 'Окна <b>до блеска</b>', publisher: { '@id': 'https://a.example/#org' } },
  ],
}).replace(/</g, '\\u003c');

const BAD = JSON.stringify({
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'WebPage', '@id': 'https://a.example/y/', name: 'Страница <b>жирно</b>', isPartOf: { '@id': 'https://a.example/#website' } },
    { '@type': 'BlogPosting', headline: 'x', ratingg: 5 },
  ],
});

// --- Pure helpers --------------------------------------------------------------

test('only application/ld+json scripts are read, with their raw text', () => {
  assert.deepEqual(jsonLdScripts(page('{"a":1}', '{"b":"\\u003c"}')), ['{"a":1}', '{"b":"\\u003c"}']);
  assert.deepEqual(jsonLdScripts('<script type="text/javascript">{}</script><script type="Application/LD+JSON">[]</script>'), ['[]']);
});

test('a clean graph: nodes are counted, escaped "<" is fine, references resolve', () => {
  assert.deepEqual(checkPage(page(GOOD), vocab), { scripts: 1, nodes: 2, problems: [] });
});

test('references may point at a node in another script of the page; paths then name the script', () => {
  const org = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Organization', '@id': 'https://a.example/#org', name: 'x' });
  const post = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Article', publisher: { '@id': 'https://a.example/#org' }, author: { '@id': 'https://a.example/#anna' } });
  assert.deepEqual(checkPage(page(org, post), vocab).problems, [
    { path: 'script[1]:$.author', message: '@id reference "https://a.example/#anna" resolves to no node on this page' },
  ]);
});

test('JSON that does not parse is a problem', () => {
  const { problems } = checkPage(page('{"@type": "Article",}'), vocab);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]?.path, '$');
  assert.match(problems[0]?.message ?? '', /^not valid JSON: /);
});

// --- The command -----------------------------------------------------------------

test('a site with a broken page lists each problem with file and path, and exits 1', () => {
  const dir = site('mixed', { 'index.html': page(GOOD), 'blog/y/index.html': page(BAD) });
  const { status, lines } = runChecker(shown(dir));
  const file = `${shown(dir)}/blog/y/index.html`;
  assert.deepEqual(lines, [
    `${file} $: raw "<" in the script text (serialise with \\u003c)`,
    `${file} $.@graph[1].ratingg: unknown schema.org property "ratingg"`,
    `${file} $.@graph[0].isPartOf: @id reference "https://a.example/#website" resolves to no node on this page`,
    summaryLine(2, 4, 3),
  ]);
  assert.equal(lines.at(-1), 'check:seo: 2 pages, 4 JSON-LD nodes, 3 problems');
  assert.equal(status, 1);
});

test('a clean site passes with exit 0', () => {
  const dir = site('clean', { 'index.html': page(GOOD), 'blog/x/index.html': page(GOOD), 'robots.txt': 'x' });
  const { status, lines } = runChecker(shown(dir));
  assert.deepEqual(lines, ['check:seo: 2 pages, 4 JSON-LD nodes, 0 problems']);
  assert.equal(status, 0);
});

test('pages without any JSON-LD fail: a check that finds nothing must not pass', () => {
  const dir = site('bare', { 'index.html': page(), '404.html': page() });
  const { status, lines } = runChecker(shown(dir));
  assert.deepEqual(lines, [
    'check:seo: 2 pages, 0 JSON-LD nodes, 0 problems',
    'check:seo: 0 JSON-LD scripts in total in 2 pages: the pages carry no structured data',
  ]);
  assert.equal(status, 1);
});

test('an empty or missing folder fails with a clear message', () => {
  const empty = site('empty', {});
  mkdirSync(empty, { recursive: true });
  for (const dir of [shown(empty), shown(path.join(temp, 'net-takoy-papki'))]) {
    const { status, lines } = runChecker(dir);
    assert.deepEqual(lines, [`check:seo: no .html files in ${dir}/: build the static export first (npm run build:static)`]);
    assert.equal(status, 1);
  }
});
