import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseKeywords } from './keywords';

describe('parseKeywords', () => {
  test('the seed comma-separated string gives 6 keywords in order', () => {
    assert.deepEqual(
      parseKeywords('доверие клиентов, лояльность, клиентский сервис, удержание клиентов, репутация компании, ButlerSPB'),
      ['доверие клиентов', 'лояльность', 'клиентский сервис', 'удержание клиентов', 'репутация компании', 'ButlerSPB'],
    );
  });

  test('a YAML list is kept in order', () => {
    assert.deepEqual(parseKeywords(['аренда квартиры', 'недвижимость Санкт-Петербурга', 'налог на аренду']), [
      'аренда квартиры',
      'недвижимость Санкт-Петербурга',
      'налог на аренду',
    ]);
  });

  test('items are trimmed and inner whitespace collapsed', () => {
    assert.deepEqual(parseKeywords('  уборка ,\tклининг\n,  генеральная   уборка  '), ['уборка', 'клининг', 'генеральная уборка']);
    assert.deepEqual(parseKeywords(['  уборка  ', 'мойка\nокон']), ['уборка', 'мойка окон']);
  });

  test('empty items are dropped', () => {
    assert.deepEqual(parseKeywords('уборка,, ,клининг,'), ['уборка', 'клининг']);
    assert.deepEqual(parseKeywords(['', '   ', 'уборка']), ['уборка']);
    assert.deepEqual(parseKeywords(''), []);
  });

  test('duplicates are dropped case-insensitively, the first spelling wins', () => {
    assert.deepEqual(parseKeywords('Аренда, аренда, АРЕНДА, ButlerSPB, butlerspb'), ['Аренда', 'ButlerSPB']);
    assert.deepEqual(parseKeywords(['Уборка', 'уборка ', 'Клининг']), ['Уборка', 'Клининг']);
  });

  test('numbers in a list become strings; other non-strings in a list are skipped', () => {
    assert.deepEqual(parseKeywords([2025, null, { a: 1 }, ['x'], true, 'уборка']), ['2025', 'уборка']);
  });

  for (const value of [undefined, null, 42, true, { keywords: 'a, b' }]) {
    test(`non-string, non-list ${JSON.stringify(value) ?? 'undefined'} gives []`, () => {
      assert.deepEqual(parseKeywords(value), []);
    });
  }
});
