import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { isPublished, unpublishedReason } from './visibility';

const now = new Date('2025-07-26T12:00:00Z');

describe('isPublished', () => {
  test('a past, non-draft post is published', () => {
    assert.equal(isPublished({ draft: false, publishedAt: '2025-07-26T09:57:37.781Z' }, now), true);
  });

  test('a draft is not published, even when its date has passed', () => {
    assert.equal(isPublished({ draft: true, publishedAt: '2020-01-01T00:00:00Z' }, now), false);
  });

  test('a future post is not published', () => {
    assert.equal(isPublished({ draft: false, publishedAt: '2025-07-26T12:00:01Z' }, now), false);
  });

  test('a post dated exactly now is published', () => {
    assert.equal(isPublished({ draft: false, publishedAt: '2025-07-26T12:00:00Z' }, now), true);
  });

  test('the offset of publishedAt is respected', () => {
    // 15:00 Moscow is 12:00 UTC: published. 15:00:01 Moscow is not yet.
    assert.equal(isPublished({ draft: false, publishedAt: '2025-07-26T15:00:00+03:00' }, now), true);
    assert.equal(isPublished({ draft: false, publishedAt: '2025-07-26T15:00:01+03:00' }, now), false);
  });

  test('includeUnpublished shows drafts and future posts', () => {
    assert.equal(isPublished({ draft: true, publishedAt: '2030-01-01T00:00:00Z' }, now, true), true);
    assert.equal(isPublished({ draft: false, publishedAt: '2030-01-01T00:00:00Z' }, now, true), true);
    assert.equal(isPublished({ draft: true, publishedAt: '2020-01-01T00:00:00Z' }, now, false), false);
  });
});

describe('unpublishedReason', () => {
  test('a public post has none', () => {
    assert.equal(unpublishedReason({ draft: false, publishedAt: '2025-07-01T00:00:00Z' }, now), null);
  });
  test('a draft is a draft, whatever its date', () => {
    assert.equal(unpublishedReason({ draft: true, publishedAt: '2030-01-01T00:00:00Z' }, now), 'draft');
  });
  test('a future post is scheduled', () => {
    assert.equal(unpublishedReason({ draft: false, publishedAt: '2025-07-27T00:00:00Z' }, now), 'scheduled');
  });
});
