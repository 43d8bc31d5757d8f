import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { PostSummary } from '../content/reshape';
import { archiveEntry, buildSitemap, escapeXml, latestUpdate, tagEntries } from './sitemap';

const BASE = 'https://example.org';

function summary(slug: string, publishedAt: string, extra: Partial<PostSummary> = {}): PostSummary {
  return {
    slug,
    url: `/blog/${slug}/`,
    title: slug,
    description: slug,
    publishedAt,
    updatedAt: publishedAt,
    author: 'Редакция ButlerSPB',
    keywords: [],
    hero: null,
    draft: false,
    redirectFrom: [],
    ...extra,
  };
}

// Newest first by publishedAt, as publishedPosts() returns them; the older post was edited later.
const posts = [
  summary('newest', '2025-07-26T09:57:37.781Z'),
  summary('edited', '2025-06-12T08:30:00+03:00', { updatedAt: '2025-08-01T10:00:00+03:00' }),
  summary('oldest', '2025-05-20T00:00:00+03:00'),
];

describe('buildSitemap', () => {
  const map = buildSitemap(posts, BASE);

  test('the home page comes first, dated by the latest edit of any post', () => {
    assert.deepEqual(map[0], {
      url: `${BASE}/`,
      lastModified: '2025-08-01T10:00:00+03:00',
      changeFrequency: 'daily',
      priority: 1,
    });
  });

  test('every post is listed with its absolute, slash-terminated URL and updatedAt', () => {
    assert.deepEqual(
      map.slice(1).map((entry) => [entry.url, entry.lastModified]),
      [
        [`${BASE}/blog/newest/`, '2025-07-26T09:57:37.781Z'],
        [`${BASE}/blog/edited/`, '2025-08-01T10:00:00+03:00'],
        [`${BASE}/blog/oldest/`, '2025-05-20T00:00:00+03:00'],
      ],
    );
    for (const entry of map.slice(1)) {
      assert.equal(entry.changeFrequency, 'monthly');
      assert.equal(entry.priority, 0.7);
      assert.equal(entry.images, undefined);
    }
  });

  test('hero images are listed absolute and XML-escaped (Next writes them verbatim)', () => {
    const [, remote, local] = buildSitemap(
      [
        summary('remote', '2025-07-01T00:00:00Z', { hero: { src: 'https://images.unsplash.com/p?q=80&w=2070', alt: '' } }),
        summary('local', '2025-06-01T00:00:00Z', { hero: { src: '/images/card.jpg', alt: '' } }),
      ],
      BASE,
    );
    assert.deepEqual(remote!.images, ['https://images.unsplash.com/p?q=80&amp;w=2070']);
    assert.deepEqual(local!.images, [`${BASE}/images/card.jpg`]);
  });

  test('extra entries (tag pages, later) are appended after the posts', () => {
    const extra = [{ url: `${BASE}/tags/uborka/`, changeFrequency: 'weekly' as const, priority: 0.5 }];
    const withTags = buildSitemap(posts, BASE, extra);
    assert.equal(withTags.length, posts.length + 2);
    assert.deepEqual(withTags.at(-1), extra[0]);
  });

  test('an empty blog lists only the home page, without a date', () => {
    assert.deepEqual(buildSitemap([], BASE), [{ url: `${BASE}/`, changeFrequency: 'daily', priority: 1 }]);
  });
});

describe('latestUpdate', () => {
  test('is the greatest updatedAt, comparing instants across offsets', () => {
    const a = summary('a', '2025-07-01T12:00:00Z');
    const b = summary('b', '2025-07-01T14:00:00+03:00'); // 11:00 UTC: earlier despite the larger clock time
    assert.equal(latestUpdate([b, a]), a.updatedAt);
    assert.equal(latestUpdate([]), undefined);
  });
});

describe('escapeXml', () => {
  test('escapes the five XML specials', () => {
    assert.equal(escapeXml(`a&b<c>"d'`), 'a&amp;b&lt;c&gt;&quot;d&apos;');
  });
});

test('tag entries: the index and each tag, dated by their newest post', () => {
  const posts = [
    summary('a', '2025-03-01T10:00:00+03:00', { keywords: ['окна'], updatedAt: '2025-03-01T10:00:00+03:00' }),
    summary('b', '2025-02-01T10:00:00+03:00', { keywords: ['окна', 'кухня'], updatedAt: '2025-02-01T10:00:00+03:00' }),
  ];
  const entries = tagEntries([{ slug: 'okna' }, { slug: 'kuhnya' }], posts, 'https://blog.example');
  assert.deepEqual(
    entries.map((e) => [e.url, e.lastModified]),
    [
      ['https://blog.example/tags/', '2025-03-01T10:00:00+03:00'],
      ['https://blog.example/tags/okna/', '2025-03-01T10:00:00+03:00'],
      ['https://blog.example/tags/kuhnya/', '2025-02-01T10:00:00+03:00'],
    ],
  );
});

describe('archiveEntry', () => {
  test('the archive’s lastmod is the newest edit of any post, not the newest publication', () => {
    const posts = [
      summary('new', '2025-07-01T00:00:00+03:00'),
      summary('old-edited', '2025-01-01T00:00:00+03:00', { updatedAt: '2025-07-20T00:00:00+03:00' }),
    ];
    assert.deepEqual(archiveEntry(posts, BASE), {
      url: `${BASE}/archive/`,
      lastModified: '2025-07-20T00:00:00+03:00',
      changeFrequency: 'weekly',
      priority: 0.3,
    });
  });

  test('an empty blog’s archive has no lastmod', () => {
    assert.equal('lastModified' in archiveEntry([], BASE), false);
  });
});
