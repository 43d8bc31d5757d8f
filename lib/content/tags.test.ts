import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectTags, postsWithTag, postTagSlugs, tagPath, tagSlug } from './tags';

test('Cyrillic keywords get stable Latin slugs', () => {
  assert.equal(tagSlug('доверие клиентов'), 'doverie-klientov');
  assert.equal(tagSlug('недвижимость Санкт-Петербурга'), 'nedvizhimost-sankt-peterburga');
  assert.equal(tagSlug('мытьё окон'), 'mytyo-okon');
  assert.equal(tagSlug('ButlerSPB'), 'butlerspb');
  assert.equal(tagPath('doverie-klientov'), '/tags/doverie-klientov/');
});

test('tags are counted per post, most used first, then in Russian alphabetical order', () => {
  const posts = [
    { keywords: ['уборка', 'окна', 'Уборка'] },
    { keywords: ['уборка', 'балкон'] },
    { keywords: ['Уборка', 'окна'] },
  ];
  assert.deepEqual(collectTags(posts), [
    { slug: 'uborka', name: 'уборка', count: 3 },
    { slug: 'okna', name: 'окна', count: 2 },
    { slug: 'balkon', name: 'балкон', count: 1 },
  ]);
});

test('a keyword that transliterates to nothing makes no tag', () => {
  assert.deepEqual(collectTags([{ keywords: ['!!!', 'окна'] }]).map((t) => t.slug), ['okna']);
});

test('postsWithTag matches any spelling of the tag', () => {
  const posts = [{ keywords: ['Доверие клиентов'] }, { keywords: ['доверие  клиентов'] }, { keywords: ['окна'] }];
  assert.equal(postsWithTag(posts, 'doverie-klientov').length, 2);
  assert.deepEqual(postTagSlugs({ keywords: ['окна', 'Окна'] }), ['okna']);
});
