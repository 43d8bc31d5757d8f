import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ogGlyphs } from './assets';
import { cardTitle } from './title';

const card = (title: string) => cardTitle(title, ogGlyphs());

test('short titles get the biggest type, long ones smaller', () => {
  const sizes = [
    'Инвестиции в арендную недвижимость',
    'Доверие клиентов: как его завоевать и удержать',
    'Как быстро заблокировать банковскую карту при утере или краже и куда обращаться за помощью',
    'Очень длинный заголовок '.repeat(8),
  ].map((title) => card(title).fontSize);
  assert.deepEqual(sizes, [...sizes].sort((a, b) => b - a));
  assert.equal(new Set(sizes).size, 4);
});

test('what the fonts cannot draw is dropped, and runs of spaces collapse', () => {
  assert.equal(card('  Чистота 🧽✨\tдома\u0007 👨‍👩‍👧 清洁 ').text, 'Чистота дома');
  assert.equal(card('ButlerSPB® и Клининг™').text, 'ButlerSPB® и Клининг™');
});

test('the size follows the title as drawn, not as written', () => {
  assert.equal(card(`Уборка ${'🧽'.repeat(60)}`).fontSize, card('Уборка').fontSize);
});

test('very long titles are cut with an ellipsis before layout', () => {
  const { text } = card('слово '.repeat(200));
  assert.ok([...text].length <= 241);
  assert.ok(text.endsWith('…'));
});
