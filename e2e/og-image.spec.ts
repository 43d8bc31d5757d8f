import { expect, test } from './fixtures';
import { nodeOfType, readJsonLd } from './json-ld';
import { expectSocialCard, generatedImageUrl, socialImageUrls } from './og-image';
import { POSTS, SEED } from './posts';

test('the seed post: og:image is its hero, twitter:image its generated card', async ({ page, request, baseURL }) => {
  await page.goto(SEED.path);
  const { og, twitter } = await socialImageUrls(page);
  expect(og).toMatch(/^https:\/\/images\.unsplash\.com\//);
  expect(twitter).toBe(generatedImageUrl(SEED.slug));
  await expect(page.locator('meta[name="twitter:image:alt"]')).toHaveAttribute('content', SEED.documentTitle);
  // Structured data shows the same image as og:image.
  expect(nodeOfType(await readJsonLd(page), 'ImageObject')?.url).toBe(og);
  await expectSocialCard(request, twitter ?? '', baseURL ?? '');
});

test('every published post has its card, served as a 1200×630 PNG', async ({ request, baseURL }) => {
  for (const post of POSTS) await expectSocialCard(request, generatedImageUrl(post.slug), baseURL ?? '');
});
