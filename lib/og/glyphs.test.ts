import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ogGlyphs } from './assets';

// The shipped fonts (PT Sans from @fontsource/pt-sans), as the card uses them.
const fit = (text: string) => ogGlyphs().fit(text);

test('Russian, Latin, digits, ₽ and the usual punctuation are all drawn', () => {
  const text = 'Цены от 5000 ₽ — «ButlerSPB®» и Клининг™: 100% (№1), ёжик… Ґ є і ї ә ł ş ž';
  assert.deepEqual(fit(text), { text, missing: [] });
});

test('emoji, CJK, Arabic and Hebrew are left out and listed once each, in order', () => {
  assert.deepEqual(fit('Уборка 🧽 清洁 🧽 تنظيف שלום'), {
    text: 'Уборка',
    missing: ['🧽', '清', '洁', 'ت', 'ن', 'ظ', 'ي', 'ف', 'ש', 'ל', 'ו', 'ם'],
  });
});

test('an emoji sequence is one grapheme: listed whole, joiners and all gone', () => {
  assert.deepEqual(fit('Семья 👨‍👩‍👧 дома'), { text: 'Семья дома', missing: ['👨‍👩‍👧'] });
  assert.deepEqual(fit('Флаг 🇷🇺'), { text: 'Флаг', missing: ['🇷🇺'] });
});

test('invisible leftovers go without a word: variation selectors, controls', () => {
  assert.deepEqual(fit('ButlerSPB©\ufe0f и\u0007 всё'), { text: 'ButlerSPB© и всё', missing: [] });
});

test('decomposed letters are composed, and a Russian stress mark stays', () => {
  assert.deepEqual(fit('Уборка в мои\u0306 кварти\u0301ре'), { text: 'Уборка в мой кварти\u0301ре', missing: [] });
});

test('every run of whitespace becomes one space, none at the ends', () => {
  assert.deepEqual(fit(' Строка\u000bвторая\tтретья\n\n четвёртая '), { text: 'Строка вторая третья четвёртая', missing: [] });
});
