import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { ownModulesIn, scriptSize, totals } from './page-js';

// The shapes Next 16 and Turbopack write: a route's client reference manifest and a browser chunk.
const manifest = (route: string, modules: Record<string, number>) =>
  `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\n` +
  `globalThis.__RSC_MANIFEST[${JSON.stringify(route)}] = ${JSON.stringify({
    clientModules: Object.fromEntries(Object.entries(modules).map(([path, id]) => [path, { id, name: '*', chunks: [], async: false }])),
  })};`;
const chunk = (ids: number[]) =>
  `(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push(["object"==typeof document?document.currentScript:void 0,${ids
    .map((id) => `${id},e=>{"use strict";e.s([])}`)
    .join(',')}]);`;

test('script sizes: raw bytes and gzip at the default level, and their totals', () => {
  const body = Buffer.from('x'.repeat(10_000));
  const size = scriptSize('/_next/static/chunks/a.js', body);
  assert.equal(size.raw, 10_000);
  assert.equal(size.gzip, gzipSync(body).length);
  assert.ok(size.gzip < 200);
  assert.equal(scriptSize('inline', 'ё').raw, 2, 'bytes, not characters');
  assert.deepEqual(totals([size, { url: 'b', raw: 5, gzip: 3 }]), { raw: 10_005, gzip: size.gzip + 3, count: 2 });
});

test('our client components are the ones whose module a loaded chunk carries', () => {
  const manifests = [
    manifest('/blog/[slug]/page', { '[project]/node_modules/next/dist/client/app-dir/link.js': 22016 }),
    manifest('/search/page', { '[project]/components/SearchResults.tsx': 777, '[project]/node_modules/next/dist/client/app-dir/link.js': 22016 }),
  ];
  assert.deepEqual(ownModulesIn(manifests, [chunk([22016, 5])]), []);
  assert.deepEqual(ownModulesIn(manifests, [chunk([22016]), chunk([777]), 'export const pagefind = 1;']), ['components/SearchResults.tsx']);
});
