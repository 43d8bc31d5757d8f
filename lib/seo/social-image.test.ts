import assert from 'node:assert/strict';
import { test } from 'node:test';
import { socialImage } from './social-image';

const base = 'https://blog.example';

test('Unsplash heroes are cropped to 1200×630 by the host', () => {
  const image = socialImage({ src: 'https://images.unsplash.com/photo-1?q=80&w=2070', alt: 'A' }, { base });
  const url = new URL(image.url);
  assert.equal(url.searchParams.get('w'), '1200');
  assert.equal(url.searchParams.get('h'), '630');
  assert.equal(url.searchParams.get('fit'), 'crop');
  assert.deepEqual([image.width, image.height, image.alt], [1200, 630, 'A']);
});

test('local heroes are measured and made absolute', () => {
  const image = socialImage({ src: '/images/x.jpg', alt: 'B' }, { base, measure: () => ({ width: 800, height: 400 }) });
  assert.deepEqual(image, { url: 'https://blog.example/images/x.jpg', width: 800, height: 400, alt: 'B' });
});

test('unknown sizes and missing heroes fall back to the site image', () => {
  const unknownHost = socialImage({ src: 'https://cdn.example/x.jpg', alt: 'C' }, { base });
  const missingFile = socialImage({ src: '/nope.jpg', alt: 'D' }, { base, measure: () => null });
  const none = socialImage(null, { base });
  for (const image of [unknownHost, missingFile, none]) {
    assert.equal(image.url, 'https://blog.example/og-default.png');
    assert.deepEqual([image.width, image.height], [1200, 630]);
  }
});
