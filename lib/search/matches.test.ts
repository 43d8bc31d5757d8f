import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coversQuery, matchesTerm, normalizeWord, splitWords, realMatches, wordsAt } from './matches';

test('words and queries are compared without case, accents or punctuation', () => {
  assert.equal(normalizeWord('«Доверие,'), 'доверие');
  assert.equal(normalizeWord('Ещё'), 'еще');
  assert.equal(normalizeWord('—'), '');
  assert.deepEqual(splitWords('  Советы   владельцам! '), ['советы', 'владельцам']);
  assert.deepEqual(splitWords('"уборка окон"'), ['уборка', 'окон']);
});

test('the words at the match locations are read from the page text', () => {
  const content = 'Доверие клиентов: 7 столпов. Мы завоевали доверие клиентов.';
  assert.deepEqual(wordsAt(content, [0, 6, 7, 99]), ['доверие', 'доверие', 'клиентов']);
});

test('inflected forms match; a one-letter preposition does not match a long word', () => {
  assert.equal(matchesTerm('доверие', 'доверием'), true);
  assert.equal(matchesTerm('клиентов', 'клиентам'), true);
  assert.equal(matchesTerm('окна', 'окно'), true);
  assert.equal(matchesTerm('совет', 'советы'), true);
  assert.equal(matchesTerm('в', 'владельцам'), false);
  assert.equal(matchesTerm('к', 'кондиционер'), false);
  assert.equal(matchesTerm('ко', 'кондиционер'), false);
  // Short queries match as the prefixes they are.
  assert.equal(matchesTerm('в', 'в'), true);
  assert.equal(matchesTerm('уборка', 'уб'), true);
});

test('a page covers a query only when every term is really matched', () => {
  assert.equal(coversQuery(['доверие', 'клиентов'], ['доверие', 'клиентов']), true);
  assert.equal(coversQuery(['советы', 'владельцам'], ['совет', 'в', 'в']), false);
  assert.equal(coversQuery(['владельцам'], ['в', 'в']), false);
  assert.equal(coversQuery([], []), true);
});

test('the matches shown are the real ones, once each', () => {
  assert.deepEqual(realMatches(['доверие', 'в'], ['доверие', 'в', 'доверия', 'доверие']), ['доверие', 'в', 'доверия']);
  assert.deepEqual(realMatches(['владельцам', 'совет'], ['в', 'совет']), ['совет']);
});
