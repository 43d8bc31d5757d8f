import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatPostCount } from './plurals';

test('Russian plurals of "статья"', () => {
  assert.deepEqual(
    [1, 2, 4, 5, 11, 12, 21, 22, 25, 101, 111].map(formatPostCount),
    ['1 статья', '2 статьи', '4 статьи', '5 статей', '11 статей', '12 статей', '21 статья', '22 статьи', '25 статей', '101 статья', '111 статей'],
  );
});
