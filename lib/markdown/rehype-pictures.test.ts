import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCatalog } from '../content/catalog';
import { lookupIn, type ImageManifest } from '../images/variants';
import { renderPostBody } from './pipeline';

const files = (format: string, widths: number[]) => widths.map((width) => ({ width, url: `/_img/photo-abc-${width}.${format}`, bytes: width }));
const MANIFEST: ImageManifest = {
  '/images/photo.jpg': {
    width: 1000,
    height: 500,
    formats: [
      { format: 'avif', files: files('avif', [384, 1000]) },
      { format: 'webp', files: files('webp', [384, 1000]) },
      { format: 'jpeg', files: files('jpg', [384, 1000]) },
    ],
  },
};
const render = (markdown: string, withVariants: boolean) =>
  renderPostBody(markdown, {
    catalog: buildCatalog([]),
    siteOrigins: ['https://example.org'],
    contentDirPath: 'content',
    input: 'body',
    ...(withVariants ? { imageVariants: lookupIn(MANIFEST) } : {}),
  }).then((rendered) => rendered.html);

test('a converted body image becomes a <picture> with AVIF and WebP sources and its real size', async () => {
  const html = await render('![Кухня](/images/photo.jpg "Подпись")', true);
  assert.equal(
    html,
    '<p><picture><source type="image/avif" srcset="/_img/photo-abc-384.avif 384w, /_img/photo-abc-1000.avif 1000w" sizes="(min-width: 1024px) 768px, 100vw">' +
      '<source type="image/webp" srcset="/_img/photo-abc-384.webp 384w, /_img/photo-abc-1000.webp 1000w" sizes="(min-width: 1024px) 768px, 100vw">' +
      '<img src="/_img/photo-abc-1000.jpg" alt="Кухня" title="Подпись" srcset="/_img/photo-abc-384.jpg 384w, /_img/photo-abc-1000.jpg 1000w" sizes="(min-width: 1024px) 768px, 100vw" width="1000" height="500" loading="lazy" decoding="async"></picture></p>',
  );
});

test('without the build\'s variants (the admin preview), and for unknown or remote images, the <img> stays as written', async () => {
  assert.equal(await render('![Кухня](/images/photo.jpg)', false), '<p><img src="/images/photo.jpg" alt="Кухня"></p>');
  assert.equal(await render('![Схема](/images/other.svg)', true), '<p><img src="/images/other.svg" alt="Схема"></p>');
  assert.equal(await render('![Фото](https://images.unsplash.com/x.jpg)', true), '<p><img src="https://images.unsplash.com/x.jpg" alt="Фото"></p>');
});

test('a raw <img> of a converted file (sanitised first) gets the same <picture>', async () => {
  const html = await render('<img src="/images/photo.jpg" alt="Кухня" onerror="alert(1)">', true);
  assert.match(html, /^<picture><source type="image\/avif"/);
  assert.doesNotMatch(html, /onerror/);
});
