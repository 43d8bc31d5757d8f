import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TAG_SLUG_MAX } from './tag-slug';
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

/**
 * The tag pages' generateStaticParams is publishedTags(), which is collectTags
 * of the published posts: whatever the keywords, only slugs Next can build.
 * With slugify's rules `.` and `..` became /tags/./ and /tags/../ ("Requested
 * and resolved page mismatch"), and a 250-character keyword ENAMETOOLONG.
 */
test('tag pages only ever get slugs of Latin letters, digits and hyphens, within the length limit', () => {
  const hostile = [
    '.',
    '..',
    '...',
    'т.е.',
    'сайт.рф',
    '🧹',
    '🧹 уборка',
    'C++',
    'C#',
    '../etc/passwd',
    'a/b\\c',
    '%2e%2e',
    '50%',
    'über café',
    'очень длинное ключевое слово '.repeat(9),
    'щ'.repeat(16),
    'x'.repeat(TAG_SLUG_MAX),
    'x'.repeat(TAG_SLUG_MAX + 1),
    '\u0000\u200b',
  ];
  const posts = hostile.map((keyword) => ({ keywords: [keyword] }));
  const slugs = collectTags(posts).map((tag) => tag.slug);
  for (const slug of [...slugs, ...posts.flatMap(postTagSlugs)]) {
    assert.match(slug, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, `slug «${slug}»`);
    assert.ok(slug.length <= TAG_SLUG_MAX, `slug of ${slug.length} characters`);
  }
  assert.deepEqual(
    hostile.map(tagSlug),
    ['', '', '', 't-e', 'sayt-rf', '', 'uborka', 'c', 'c', 'etc-passwd', 'a-b-c', '2e-2e', '50', 'uber-cafe', '', '', 'x'.repeat(TAG_SLUG_MAX), '', ''],
  );
});
