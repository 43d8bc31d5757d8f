import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cardTitle } from './title';

test('short titles get the biggest type, long ones smaller', () => {
  const sizes = [
    'Инвестиции в арендную недвижимость',
    'Доверие клиентов: как его завоевать и удержать',
    'Как быстро заблокировать банковскую карту при утере или краже и куда обращаться за помощью',
    'Очень длинный заголовок '.repeat(8),
  ].map((title) => cardTitle(title).fontSize);
  assert.deepEqual(sizes, [...sizes].sort((a, b) => b - a));
  assert.equal(new Set(sizes).size, 4);
});

test('emoji, control characters and runs of spaces are dropped', () => {
  assert.equal(cardTitle('  Чистота 🧽✨\tдома\u0007 👨‍👩‍👧 ').text, 'Чистота дома');
  assert.equal(cardTitle('ButlerSPB® и Клининг™').text, 'ButlerSPB® и Клининг™');
});

test('very long titles are cut with an ellipsis before layout', () => {
  const { text } = cardTitle('слово '.repeat(200));
  assert.ok([...text].length <= 241);
  assert.ok(text.endsWith('…'));
});
