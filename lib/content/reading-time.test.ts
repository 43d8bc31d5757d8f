import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { WORDS_PER_MINUTE, countWords, formatMinutes, formatReadingTime, readingMinutes } from './reading-time';

describe('formatMinutes', () => {
  const cases: [number, string][] = [
    [1, '1 минута'],
    [2, '2 минуты'],
    [3, '3 минуты'],
    [4, '4 минуты'],
    [5, '5 минут'],
    [7, '7 минут'],
    [11, '11 минут'],
    [12, '12 минут'],
    [14, '14 минут'],
    [21, '21 минута'],
    [22, '22 минуты'],
    [25, '25 минут'],
    [101, '101 минута'],
    [111, '111 минут'],
  ];
  for (const [n, expected] of cases) {
    test(`${n} → ${expected}`, () => assert.equal(formatMinutes(n), expected));
  }
});

describe('readingMinutes', () => {
  test('never below 1', () => {
    assert.equal(readingMinutes(0), 1);
    assert.equal(readingMinutes(1), 1);
    assert.equal(readingMinutes(WORDS_PER_MINUTE / 2 - 1), 1);
  });

  test('rounds to the nearest minute at 180 words a minute', () => {
    assert.equal(WORDS_PER_MINUTE, 180);
    assert.equal(readingMinutes(180), 1);
    assert.equal(readingMinutes(269), 1);
    assert.equal(readingMinutes(270), 2);
    assert.equal(readingMinutes(900), 5);
    assert.equal(readingMinutes(1095), 6);
  });

  test('formatReadingTime combines both', () => {
    assert.equal(formatReadingTime(0), '1 минута чтения');
    assert.equal(formatReadingTime(540), '3 минуты чтения');
    assert.equal(formatReadingTime(1095), '6 минут чтения');
  });
});

describe('countWords', () => {
  test('empty and punctuation-only text has no words', () => {
    assert.equal(countWords(''), 0);
    assert.equal(countWords(' — , . ! ? « » … '), 0);
  });

  test('Russian text with hyphenated words, numbers and punctuation', () => {
    // Онлайн-калькулятор, рассчитает, стоимость, за, 1, минуту, 24, часа, в, сутки, Чек-лист, до, после, ButlerSPB’s
    const text = 'Онлайн-калькулятор рассчитает стоимость за 1 минуту — 24 часа в сутки! Чек-лист «до/после», ButlerSPB’s';
    assert.equal(countWords(text), 14);
  });

  test('a hyphenated word is one word, a spaced dash separates', () => {
    assert.equal(countWords('кто-нибудь'), 1);
    assert.equal(countWords('Доверие — это валюта'), 3);
    assert.equal(countWords('Доверие-—-валюта'), 2);
  });

  test('letters with diacritics (ё, й) stay inside one word', () => {
    assert.equal(countWords('ещё район'), 2);
  });

  test('a decomposed й (и + combining breve, as pasted from macOS) is still one word', () => {
    assert.equal(countWords('раи\u0306он'), 1);
  });
});
