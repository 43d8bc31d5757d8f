import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageCount, pageNumbers, pagePath, paginate, parsePageParam } from './pagination';

const items = Array.from({ length: 25 }, (_, i) => i + 1);

test('25 posts make three pages of 10, 10 and 5', () => {
  assert.equal(pageCount(25), 3);
  assert.deepEqual(paginate(items, 1, '/')?.items, items.slice(0, 10));
  assert.deepEqual(paginate(items, 3, '/')?.items, [21, 22, 23, 24, 25]);
  assert.deepEqual(pageNumbers(25), [1, 2, 3]);
});

test('prev/next paths; page 1 is the base path itself', () => {
  assert.deepEqual([paginate(items, 1, '/')?.prevPath, paginate(items, 1, '/')?.nextPath], [null, '/page/2/']);
  assert.deepEqual([paginate(items, 2, '/')?.prevPath, paginate(items, 2, '/')?.nextPath], ['/', '/page/3/']);
  assert.deepEqual([paginate(items, 3, '/tags/x/')?.prevPath, paginate(items, 3, '/tags/x/')?.nextPath], ['/tags/x/page/2/', null]);
  assert.equal(pagePath('/tags/x/', 1), '/tags/x/');
});

test('pages that do not exist', () => {
  assert.equal(paginate(items, 4, '/'), null);
  assert.equal(paginate(items, 0, '/'), null);
  assert.equal(paginate([], 1, '/')?.items.length, 0);
  assert.deepEqual(pageNumbers(10), [1]);
  assert.deepEqual(pageNumbers(0), [1]);
  assert.deepEqual(['2', '10', '1', '0', '02', 'x', '2.5'].map(parsePageParam), [2, 10, 1, null, null, null, null]);
});
