import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { buildCatalog } from '../lib/content/catalog';
import { parseFrontmatter } from '../lib/content/frontmatter';
import { validateCorpus } from '../lib/content/validate';
import { internalOrigins } from '../lib/site';
import { benchCorpus, benchDate, benchKeywords } from './corpus';

const seed = readFileSync(path.join(__dirname, '..', 'content', 'blog', 'doverie-klientov.md'), 'utf8');

test('every generated post has its own slug, title and date', () => {
  const posts = benchCorpus(seed, 'doverie-klientov', 30);
  const data = posts.map((post) => parseFrontmatter(post.source).data);
  assert.equal(new Set(posts.map((post) => post.slug)).size, 30);
  assert.equal(new Set(data.map((d) => d.title)).size, 30);
  assert.equal(new Set(data.map((d) => d.pubDate)).size, 30);
});

test('the generated corpus passes the content check: links resolve, fields are valid', () => {
  const posts = benchCorpus(seed, 'doverie-klientov', 12);
  const files = posts.map((post) => ({ filePath: `content/blog/${post.slug}.md`, source: post.source }));
  const errors = validateCorpus(files, {
    catalog: buildCatalog(files),
    siteOrigins: internalOrigins,
    publicDir: path.join(__dirname, '..', 'public'),
  }).filter((problem) => problem.severity === 'error');
  assert.deepEqual(errors, []);
});

test('links to posts point at other generated posts, and the HowTo names the copy', () => {
  const [first] = benchCorpus(seed, 'doverie-klientov', 5);
  const links = [...first!.source.matchAll(/\]\((\/blog\/[^)]+)\)/g)].map((m) => m[1]);
  assert.deepEqual(links, ['/blog/doverie-klientov-00002/', '/blog/doverie-klientov-00003/', '/blog/doverie-klientov-00004/']);
  const schema = parseFrontmatter(first!.source).data.schema as { name: string; mainEntityOfPage: { '@id': string } };
  assert.match(schema.name, /выпуск 1\)$/);
  assert.equal(schema.mainEntityOfPage['@id'], 'https://butlerspb-blog.netlify.app/blog/doverie-klientov-00001/');
});

test('keywords spread over topics and a series tag per ten posts', () => {
  const series = new Set(Array.from({ length: 1000 }, (_, i) => benchKeywords(['a'], i + 1, 1000)[1]));
  assert.equal(series.size, 100);
  assert.deepEqual(benchKeywords([], 1, 1), ['генеральная уборка', 'серия 1']);
});

test('dates go back 17 hours per post', () => {
  assert.equal(benchDate('2025-07-26T09:57:37.781Z', 2), '2025-07-24T23:57:37.781Z');
});

test('a count that is not a positive integer is refused', () => {
  assert.throws(() => benchCorpus(seed, 'x', 0), /positive integer/);
});
