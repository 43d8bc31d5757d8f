import assert from 'node:assert/strict';
import { test } from 'node:test';
import { positionWithout, scanPage, withoutRanges } from './page-scan';

const page =
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/><link rel="preload" as="script" href="/_next/static/chunks/a.js"/>' +
  '<script>self.__next_f.push([1,"<article data-pagefind-body>"])</script></head>' +
  '<body><article class="x" data-pagefind-body="true"><p>Текст</p></article><script type="application/ld+json">{}</script></body></html>';

test('one pass finds every script with its raw text and exact range, and every link', () => {
  const scan = scanPage(page);
  assert.deepEqual(
    scan.scripts.map((script) => page.slice(script.start, script.end)),
    ['<script>self.__next_f.push([1,"<article data-pagefind-body>"])</script>', '<script type="application/ld+json">{}</script>'],
  );
  assert.equal(scan.scripts[0]!.text, 'self.__next_f.push([1,"<article data-pagefind-body>"])');
  assert.equal(scan.scripts[1]!.attributes.type, 'application/ld+json');
  assert.deepEqual(
    scan.links.map((link) => page.slice(link.start, link.end)),
    ['<link rel="preload" as="script" href="/_next/static/chunks/a.js"/>'],
  );
});

test('the head: where it starts and the tags inside it, in order', () => {
  const scan = scanPage(page);
  assert.equal(page.slice(0, scan.headStart!), '<!DOCTYPE html><html><head>');
  assert.deepEqual(
    scan.headTags.map((tag) => tag.name),
    ['meta', 'link', 'script'],
  );
  assert.equal(scanPage('<p>no head</p>').headStart, null);
});

test('a search body is an attribute of an element, not the words in a script or in text', () => {
  assert.equal(scanPage(page).searchBody, true);
  assert.equal(scanPage('<html><head></head><body><script>"<div data-pagefind-body>"</script><p>data-pagefind-body</p></body></html>').searchBody, false);
});

test('ranges cut out, and positions after them moved back by what was cut', () => {
  const text = '0123456789';
  const ranges = [
    { start: 6, end: 8 },
    { start: 1, end: 3 },
    { start: 2, end: 3 },
  ];
  assert.equal(withoutRanges(text, ranges), '034589');
  assert.equal(positionWithout(0, ranges), 0);
  assert.equal(positionWithout(3, ranges), 1);
  assert.equal(positionWithout(9, ranges), 5);
});
