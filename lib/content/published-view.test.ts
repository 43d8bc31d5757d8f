import assert from 'node:assert/strict';
import { test } from 'node:test';
import { publishedView } from './published-view';
import type { PostSummary } from './reshape';

const post = (slug: string, publishedAt: string, keywords: string[], draft = false) =>
  ({ slug, publishedAt, keywords, draft }) as unknown as PostSummary;

const posts = [
  post('future', '2099-01-01T00:00:00+03:00', ['уборка']),
  post('draft', '2025-03-01T00:00:00+03:00', ['уборка'], true),
  post('new', '2025-02-01T00:00:00+03:00', ['уборка', 'Окна']),
  post('old', '2025-01-01T00:00:00+03:00', ['окна']),
];
const now = new Date('2026-01-01T00:00:00Z');

test('leaves out drafts and future posts, keeping the order', () => {
  const view = publishedView(posts, now, false);
  assert.deepEqual(view.posts.map((p) => p.slug), ['new', 'old']);
  assert.equal(view.bySlug.get('new')?.slug, 'new');
  assert.equal(view.bySlug.get('draft'), undefined);
  assert.equal(view.bySlug.get('future'), undefined);
});

test('counts tags over public posts only', () => {
  const view = publishedView(posts, now, false);
  assert.deepEqual(
    view.tags.map((t) => [t.slug, t.count]),
    [['okna', 2], ['uborka', 1]],
  );
});

test('shows everything in preview', () => {
  const view = publishedView(posts, now, true);
  assert.equal(view.posts.length, 4);
  assert.equal(view.tags.find((t) => t.slug === 'uborka')?.count, 3);
});
