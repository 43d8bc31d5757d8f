import { UNREACHABLE_HERO, fixturePost } from '../support/fixture-corpus';
import { expect, keepScreenshot, test } from './fixtures';

/**
 * A post whose hero image is on a host that cannot be reached (and that the
 * CSP does not allow): the fixture site was built with it, which shows the
 * build never fetches a remote hero, and here its page renders whole.
 */
const post = fixturePost(UNREACHABLE_HERO.post);
const pagePath = `/blog/${post.slug}/`;

test('a post whose hero host is unreachable renders with its text, alt and layout', async ({ page }, testInfo) => {
  // e2e/fixtures.ts answers remote images with a local file; this host must really fail.
  await page.route('https://images.invalid/**', (route) => route.abort('namenotresolved'));
  const response = await page.goto(pagePath);
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText(post.title);
  await expect(page.getByRole('heading', { level: 2, name: 'Шаг 1: подготовка номер 1' })).toBeVisible();
  await expect(page.locator('article .prose')).toContainText(`Первый абзац шага 1 статьи №${UNREACHABLE_HERO.post}.`);

  const hero = page.locator('article img').first();
  await expect(hero).toHaveAttribute('src', UNREACHABLE_HERO.src);
  await expect(hero).toHaveAttribute('alt', UNREACHABLE_HERO.alt);
  // The browser gave up on it (blocked by the CSP before any request, or failed to resolve)…
  await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(0);
  // …and its box keeps the 1200×630 ratio, with the alt text not hidden.
  const box = await hero.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(200);
  expect(Math.abs((box?.height ?? 0) - ((box?.width ?? 0) * 630) / 1200)).toBeLessThan(2);
  expect(await hero.evaluate((img) => getComputedStyle(img).color)).not.toBe('rgba(0, 0, 0, 0)');
  // The text starts below the box, not on top of it.
  const prose = await page.locator('article .prose').boundingBox();
  expect((prose?.y ?? 0) + 1).toBeGreaterThan((box?.y ?? 0) + (box?.height ?? 0));

  // Link previews fall back to the generated card: the build has no size for a remote hero it cannot measure.
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', new RegExp(`/og/${post.slug}/image\\.png$`));
  await keepScreenshot(page, testInfo, 'unreachable-hero');
});
