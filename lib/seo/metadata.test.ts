import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadPost } from '../../support/seed-post';
import { site } from '../site';
import { listingMetadata, postMetadata } from './metadata';

test('post metadata: canonical with slash, Open Graph article, Twitter card', async () => {
  const post = await loadPost('doverie-klientov');
  const meta = postMetadata(post);
  assert.equal(meta.title, 'Доверие клиентов: как его завоевать и удержать');
  assert.equal(meta.alternates?.canonical, '/blog/doverie-klientov/');
  assert.deepEqual(meta.alternates?.types, {
    'application/rss+xml': [{ url: '/rss.xml', title: 'Блог ButlerSPB (RSS)' }],
    'application/atom+xml': [{ url: '/atom.xml', title: 'Блог ButlerSPB (Atom)' }],
    'application/feed+json': [{ url: '/feed.json', title: 'Блог ButlerSPB (JSON Feed)' }],
  });
  const og = meta.openGraph as Record<string, unknown>;
  assert.equal(og.type, 'article');
  assert.equal(og.locale, 'ru_RU');
  assert.equal(og.publishedTime, '2025-07-26T12:57:37.781+03:00');
  assert.deepEqual(og.authors, ['Эксперт ButlerSPB']);
  assert.equal((og.tags as string[]).length, 6);
  const [image] = og.images as { url: string; width: number; height: number; alt: string }[];
  assert.equal(image?.width, 1200);
  assert.equal(image?.height, 630);
  assert.match(image?.url ?? '', /^https:\/\/images\.unsplash\.com\/.*[?&]h=630/);
  const twitter = meta.twitter as { card: string; images: { url: string; alt: string }[] };
  assert.equal(twitter.card, 'summary_large_image');
  // Twitter always gets the generated title card, even when the post has a hero.
  assert.deepEqual(twitter.images, [
    { url: `${site.url}/og/doverie-klientov/image.png`, alt: post.title },
  ]);
});

test('a post without a hero: og:image and twitter:image are both its generated card', async () => {
  const post = { ...(await loadPost('doverie-klientov')), hero: null };
  const meta = postMetadata(post, { ...site, url: 'https://blog.example' });
  const generated = 'https://blog.example/og/doverie-klientov/image.png';
  assert.deepEqual((meta.openGraph as { images: unknown[] }).images, [
    { url: generated, width: 1200, height: 630, alt: post.title },
  ]);
  assert.deepEqual((meta.twitter as { images: unknown[] }).images, [{ url: generated, alt: post.title }]);
});

test('a post with a local hero gets its measured size', async () => {
  const post = await loadPost('kak-bystro-zablokirovat-kartu-i-kuda-obraschatsya-za-pomoschyu');
  const [image] = (postMetadata(post).openGraph as { images: { url: string; width: number; height: number }[] }).images;
  assert.match(image?.url ?? '', /^https:\/\/.+\/images\/bank-card\.jpg$/);
  assert.deepEqual([image?.width, image?.height], [1600, 840]);
});

test('listing metadata: absolute site title and the default social image', () => {
  const meta = listingMetadata('/');
  assert.deepEqual(meta.title, { absolute: 'Блог ButlerSPB' });
  assert.equal(meta.alternates?.canonical, '/');
  const [image] = (meta.openGraph as { images: { width: number }[] }).images;
  assert.equal(image?.width, 1200);
});
