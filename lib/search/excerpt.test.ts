import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitExcerpt } from './excerpt';

test('marked words become marked parts, the rest plain text', () => {
  assert.deepEqual(splitExcerpt('Мы завоевали <mark>доверие</mark> клиентов <mark>уборкой.</mark>'), [
    { text: 'Мы завоевали ', marked: false },
    { text: 'доверие', marked: true },
    { text: ' клиентов ', marked: false },
    { text: 'уборкой', marked: true },
    { text: '.', marked: false },
  ]);
});

test('punctuation around a marked word is not marked', () => {
  assert.deepEqual(splitExcerpt('<mark>«Доверие</mark> <mark>клиентов:</mark> как'), [
    { text: '«', marked: false },
    { text: 'Доверие', marked: true },
    { text: ' ', marked: false },
    { text: 'клиентов', marked: true },
    { text: ': как', marked: false },
  ]);
  assert.deepEqual(splitExcerpt('<mark>…</mark>'), [{ text: '…', marked: false }]);
});

test('escaped markup from the page comes back as text, never as elements', () => {
  const parts = splitExcerpt('Текст &lt;script&gt;alert(1)&lt;/script&gt; <mark>скриптом</mark> &lt;mark&gt;x&lt;/mark&gt;');
  assert.deepEqual(parts, [
    { text: 'Текст <script>alert(1)</script> ', marked: false },
    { text: 'скриптом', marked: true },
    { text: ' <mark>x</mark>', marked: false },
  ]);
});

test('an excerpt without marks, or with a stray tag, still splits cleanly', () => {
  assert.deepEqual(splitExcerpt(''), []);
  assert.deepEqual(splitExcerpt('просто текст'), [{ text: 'просто текст', marked: false }]);
  assert.deepEqual(splitExcerpt('a</mark> <mark>b'), [
    { text: 'a ', marked: false },
    { text: 'b', marked: true },
  ]);
});
