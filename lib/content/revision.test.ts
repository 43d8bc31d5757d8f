import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentRevision } from './revision';

test('the revision changes with any document and is stable otherwise', () => {
  const docs = [{ slug: 'a', body: 'текст' }, { slug: 'b', body: 'ещё' }];
  assert.equal(contentRevision(docs).revision, contentRevision(structuredClone(docs)).revision);
  assert.notEqual(contentRevision(docs).revision, contentRevision([docs[0], { slug: 'b', body: 'ещё!' }]).revision);
  assert.match(contentRevision([]).revision, /^[0-9a-f]{16}$/);
});
