import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCspManifest, scriptHashesFor, type CspManifest } from './csp-manifest';

const manifest: CspManifest = {
  pages: { '/': ['h-home'], '/blog/doverie-klientov/': ['h-post'], '/tags/доверие/': ['h-tag'] },
  notFound: ['h-404'],
};

test('a page gets its own hashes, with or without its trailing slash', () => {
  assert.deepEqual(scriptHashesFor(manifest, '/'), ['h-home']);
  assert.deepEqual(scriptHashesFor(manifest, '/blog/doverie-klientov/'), ['h-post']);
  assert.deepEqual(scriptHashesFor(manifest, '/blog/doverie-klientov'), ['h-post']);
});

test('paths are looked up decoded, as the page files are named', () => {
  assert.deepEqual(scriptHashesFor(manifest, '/tags/%D0%B4%D0%BE%D0%B2%D0%B5%D1%80%D0%B8%D0%B5/'), ['h-tag']);
  assert.deepEqual(scriptHashesFor(manifest, '/%E0%A4%A/'), ['h-404']);
});

test('an unknown page is answered by the not-found page, so it gets that page\'s hashes', () => {
  assert.deepEqual(scriptHashesFor(manifest, '/net-takoy/'), ['h-404']);
});

test('files and Next assets are no pages: no page policy for them', () => {
  for (const asset of ['/rss.xml', '/og/x/image.png', '/_next/static/chunks/a.js', '/favicon.ico']) {
    assert.equal(scriptHashesFor(manifest, asset), null, asset);
  }
});

test('the manifest shape is checked before use', () => {
  assert.ok(isCspManifest(manifest));
  assert.ok(!isCspManifest(null));
  assert.ok(!isCspManifest({ pages: {} }));
  assert.ok(!isCspManifest({ pages: { '/': [1] }, notFound: [] }));
});
