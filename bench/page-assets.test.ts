import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipBytes, pageAssets } from './page-assets';

const html = `<!DOCTYPE html><html><head>
<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next">
<link rel="preload" as="script" href="/_next/static/chunks/pre.js">
<script src="/_next/static/chunks/one.js" async></script>
<script src="/_next/static/chunks/poly.js" nomodule></script>
<script>(function(){document.documentElement.dataset.theme='dark'})()</script>
</head><body><p>x</p>
<script type="application/ld+json">{"@context":"https://schema.org"}</script>
<script src="/_next/static/chunks/one.js" async></script>
<script>self.__next_f.push([1,"0:{}"])</script>
</body></html>`;

test('reads scripts and stylesheets the way a browser would', () => {
  const assets = pageAssets(html);
  assert.deepEqual(assets.scripts, ['/_next/static/chunks/one.js']);
  assert.deepEqual(assets.legacyScripts, ['/_next/static/chunks/poly.js']);
  assert.deepEqual(assets.stylesheets, ['/_next/static/chunks/a.css']);
});

test('counts inline script bytes and the flight payload, not JSON-LD', () => {
  const assets = pageAssets(html);
  assert.equal(assets.flightBytes, 'self.__next_f.push([1,"0:{}"])'.length);
  assert.equal(assets.inlineScriptBytes, assets.flightBytes + "(function(){document.documentElement.dataset.theme='dark'})()".length);
});

test('gzip shrinks repetitive text', () => {
  assert.ok(gzipBytes('a'.repeat(10_000)) < 100);
});
