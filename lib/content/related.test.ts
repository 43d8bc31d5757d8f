import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PostSummary } from './reshape';
import { adjacentPosts, relatedPosts } from './related';

function post(slug: string, keywords: string[]): PostSummary {
  return {
    slug,
    url: `/blog/${slug}/`,
    title: slug,
    description: '',
    publishedAt: '2025-01-01T00:00:00+03:00',
    updatedAt: '2025-01-01T00:00:00+03:00',
    author: 'a',
    keywords,
    hero: null,
    draft: false,
    redirectFrom: [],
  };
}

// Newest first, as publishedPosts() returns them.
const posts = [
  post('a', ['окна', 'уборка', 'кухня']),
  post('b', ['окна']),
  post('c', ['окна', 'уборка']),
  post('d', ['балкон']),
  post('e', ['уборка', 'кухня', 'окна']),
];

test('best overlap first, then newest; never the post itself or posts sharing nothing', () => {
  const related = relatedPosts(posts[0]!, posts).map((p) => p.slug);
  assert.deepEqual(related, ['e', 'c', 'b']);
  assert.deepEqual(relatedPosts(posts[3]!, posts), []);
  assert.deepEqual(relatedPosts(posts[0]!, posts, 1).map((p) => p.slug), ['e']);
});

test('adjacent posts: newer and older neighbours in date order', () => {
  assert.deepEqual(adjacentPosts(posts[0]!, posts), { newer: null, older: posts[1] });
  assert.deepEqual(adjacentPosts(posts[2]!, posts), { newer: posts[1], older: posts[3] });
  assert.deepEqual(adjacentPosts(posts[4]!, posts), { newer: posts[3], older: null });
  assert.deepEqual(adjacentPosts(post('zz', []), posts), { newer: null, older: null });
});
