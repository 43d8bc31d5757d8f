import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generatedImagePath, generatedSocialImage, heroSocialImage, postSocialImages } from './social-image';

const base = 'https://blog.example';
const generated = { url: 'https://blog.example/og/p/image.png', width: 1200, height: 630, alt: 'Заголовок' };

test('Unsplash heroes are cropped to 1200×630 by the host', () => {
  const image = heroSocialImage({ src: 'https://images.unsplash.com/photo-1?q=80&w=2070', alt: 'A' }, { base });
  const url = new URL(image?.url ?? '');
  assert.equal(url.searchParams.get('w'), '1200');
  assert.equal(url.searchParams.get('h'), '630');
  assert.equal(url.searchParams.get('fit'), 'crop');
  assert.deepEqual([image?.width, image?.height, image?.alt], [1200, 630, 'A']);
});

test('local heroes are measured and made absolute', () => {
  const image = heroSocialImage({ src: '/images/x.jpg', alt: 'B' }, { base, measure: () => ({ width: 800, height: 400 }) });
  assert.deepEqual(image, { url: 'https://blog.example/images/x.jpg', width: 800, height: 400, alt: 'B' });
});

test('heroes of unknown size, and no hero, give no hero image', () => {
  assert.equal(heroSocialImage({ src: 'https://cdn.example/x.jpg', alt: 'C' }, { base }), null);
  assert.equal(heroSocialImage({ src: '/nope.jpg', alt: 'D' }, { base, measure: () => null }), null);
  assert.equal(heroSocialImage(null, { base }), null);
});

test('the generated image: a .png path without a trailing slash, 1200×630, the title as alt', () => {
  assert.equal(generatedImagePath('doverie-klientov'), '/og/doverie-klientov/image.png');
  assert.deepEqual(generatedSocialImage({ slug: 'p', title: 'Заголовок' }, base), generated);
});

test('a post with a hero: og = the hero, twitter = the generated image', () => {
  const images = postSocialImages(
    { slug: 'p', title: 'Заголовок', hero: { src: 'https://images.unsplash.com/photo-1', alt: 'Фото' } },
    { base },
  );
  assert.match(images.openGraph.url, /^https:\/\/images\.unsplash\.com\/photo-1\?/);
  assert.equal(images.openGraph.alt, 'Фото');
  assert.deepEqual(images.twitter, generated);
});

test('a post without a usable hero: og and twitter are both the generated image', () => {
  for (const hero of [null, { src: 'https://cdn.example/x.jpg', alt: 'C' }]) {
    const images = postSocialImages({ slug: 'p', title: 'Заголовок', hero }, { base, measure: () => null });
    assert.deepEqual(images, { openGraph: generated, twitter: generated });
  }
});
