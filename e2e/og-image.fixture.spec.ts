import { FOREIGN_GLYPHS, fixturePost } from '../support/fixture-corpus';
import { expect, test } from './fixtures';
import { nodeOfType, readJsonLd } from './json-ld';
import { expectSocialCard, generatedImageUrl, socialImageUrls } from './og-image';

// The generated corpus (support/fixture-corpus.ts) has no heroes.
const SLUG = 'testovaya-statya-01';

test('a post without a hero: og:image and twitter:image are both its generated card', async ({ page, request, baseURL }) => {
  await page.goto(`/blog/${SLUG}/`);
  const card = generatedImageUrl(SLUG);
  expect(await socialImageUrls(page)).toEqual({ og: card, twitter: card });
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
  await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', 'Тестовая статья №1: порядок в доме');
  expect(nodeOfType(await readJsonLd(page), 'ImageObject')?.url).toBe(card);
  await expectSocialCard(request, card, baseURL ?? '');
});

test('emoji, CJK and Arabic in title and author: the card was built offline, and the page keeps them', async ({ page, request, baseURL }) => {
  const post = fixturePost(FOREIGN_GLYPHS.post);
  await page.goto(`/blog/${post.slug}/`);
  await expect(page.locator('h1')).toHaveText(post.title);
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', post.title);
  await expectSocialCard(request, generatedImageUrl(post.slug), baseURL ?? '');
});
