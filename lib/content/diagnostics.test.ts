import assert from 'node:assert/strict';
import test from 'node:test';
import { editDistance, kindOf, nearestNames, shown } from './diagnostics';

test('edit distance counts a swap of neighbours as one typo', () => {
  assert.equal(editDistance('titel', 'title'), 1);
  assert.equal(editDistance('title', 'title'), 0);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('', 'abc'), 3);
});

test('nearest names: only within the limit, all equals in order, compared by key', () => {
  assert.deepEqual(nearestNames('titel', ['description', 'title', 'titer', 'tilte'], 2), ['title', 'titer']);
  assert.deepEqual(nearestNames('hero_image', ['heroImage', 'heroAlt'], 1, (n) => n.toLowerCase().replace(/[_\-\s]/g, '')), ['heroImage']);
  assert.deepEqual(nearestNames('zzz', ['title'], 2), []);
  // One edit past the limit is still too far, even when nothing is nearer.
  assert.deepEqual(nearestNames('abcd', ['abxyz'], 2), []);
});

test('shown quotes a value on one line within the limit; kindOf names it in Russian', () => {
  assert.equal(shown('a\n  b'), 'a b');
  assert.equal(shown('x'.repeat(300)).length, 200);
  assert.equal(shown('x'.repeat(100), 80), `${'x'.repeat(79)}…`);
  assert.equal(shown(new Date('2025-07-26T00:00:00Z')), '2025-07-26T00:00:00.000Z');
  assert.equal(shown({ a: 1 }), '{"a":1}');
  assert.equal(kindOf([1]), 'список');
  assert.equal(kindOf(null), 'пустое значение');
  assert.equal(kindOf(3), 'число');
  assert.equal(kindOf(true), 'true/false');
  assert.equal(kindOf({}), 'вложенные поля');
  assert.equal(kindOf({}, () => 'объект'), 'объект');
  assert.equal(kindOf('x'), 'текст');
});
