import path from 'node:path';
import type { FrameLocator, Page } from '@playwright/test';
import { adminBackendForSpec, ROOT } from './admin';
import { expect, test } from './fixtures';

/**
 * The admin's preview pane (admin/preview.tsx) against the real admin, a real
 * decap-backend.server on loopback over a temporary copy of the content (never
 * content/ itself), and the built post page. The admin is the same files in
 * both outputs (public/admin/), so the static export is enough.
 */

const SEED = 'doverie-klientov';

// One decap-backend.server for the file: its tests run one after another in one worker.
test.describe.configure({ mode: 'serial' });

let BACKEND_PORT = 0;

const backend = adminBackendForSpec({ posts: [path.join(ROOT, 'content', 'blog')] });

test.beforeAll(() => {
  BACKEND_PORT = backend.server.port;
});

async function openSeedInAdmin(page: Page, slug = SEED): Promise<FrameLocator> {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto(`/admin/?backend=${BACKEND_PORT}`);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.goto(`/admin/?backend=${BACKEND_PORT}#/collections/blog/entries/${slug}`);
  const frame = page.frameLocator('#preview-pane');
  await expect(frame.locator('article h1')).toBeVisible({ timeout: 30_000 });
  return frame;
}

/** An element's HTML as the browser serialises it, with the hero left out (the page's is next/image's srcset, the preview's a plain <img>). */
const articleWithoutHero = (article: Element) => {
  const copy = article.cloneNode(true) as Element;
  copy.querySelectorAll('img').forEach((img) => img.remove());
  return copy.innerHTML;
};

test('the preview is the post page: the site’s stylesheet, pipeline and article', async ({ page, context, externalRequests }) => {
  const frame = await openSeedInAdmin(page);

  // The site's stylesheet is in the frame: the placeholder's button has the brand colour only app/globals.css gives.
  const button = frame.locator('.prose a.cta-button');
  await expect(button).toHaveText('Рассчитать стоимость');
  await expect(button).toHaveAttribute('href', 'https://butlerspb.ru/#calculator');
  await expect(button).toHaveCSS('background-color', 'rgb(13, 90, 85)');
  // And its fonts: the system stack the site sets (no font file to load).
  expect(await frame.locator('article h1').evaluate((h1) => getComputedStyle(h1).fontFamily)).toContain('system-ui');

  // One h1: the body's leading `#` heading, taken out of the body.
  await expect(frame.locator('h1')).toHaveCount(1);
  await expect(frame.locator('h1')).toHaveText('Доверие клиентов: 7 столпов, на которых ButlerSPB строит безупречный сервис');
  await expect(frame.locator('.prose h1')).toHaveCount(0);

  // The raw HTML link inside a heading survives, sanitised as on the page.
  const headingLink = frame.locator('.prose h3 a[href="https://butlerspb.ru/contacts"]');
  await expect(headingLink).toHaveText('официальном сайте ButlerSPB');
  await expect(headingLink).toHaveAttribute('rel', 'nofollow noopener noreferrer');

  // The old blog's ">-" link texts become the linked posts' titles.
  const repaired = frame.locator('.prose a[href="/blog/agentstvo-nedvizhimosti-sdat-kvartiru-v-sankt-peterburge/"]');
  await expect(repaired).not.toHaveText('>-');
  await expect(repaired).toHaveText(/Агентство недвижимости или самостоятельно/);
  await expect(frame.getByText('>-', { exact: true })).toHaveCount(0);

  // The chrome: date in Russian (Moscow time), author, tags, hero.
  await expect(frame.locator('article header time')).toHaveText('26 июля 2025 г.');
  await expect(frame.locator('article header')).toContainText('Эксперт ButlerSPB');
  await expect(frame.getByRole('list', { name: 'Темы статьи' }).getByRole('link', { name: 'лояльность' })).toBeVisible();
  await expect(frame.locator('article img').first()).toHaveAttribute('src', /^https:\/\/images\.unsplash\.com\//);
  await expect(frame.locator('[data-preview-problems]')).toHaveCount(0);

  // The article is the built page's, element for element, hero aside.
  const built = await context.newPage();
  await built.goto(`/blog/${SEED}/`);
  const pageArticle = await built.locator('article').evaluate(articleWithoutHero);
  const previewArticle = await frame.locator('article').evaluate(articleWithoutHero);
  expect(previewArticle).toBe(pageArticle);
  expect(await frame.locator('.prose').evaluate((prose) => prose.innerHTML)).toBe(await built.locator('article .prose').evaluate((prose) => prose.innerHTML));
  await built.close();

  expect(externalRequests).toEqual([]);
});

test('the draft switch shows the «Черновик» banner, worded as the dev preview words it', async ({ page }) => {
  const frame = await openSeedInAdmin(page);
  await expect(frame.getByRole('status')).toHaveCount(0);
  await page.getByRole('switch', { name: 'Черновик' }).click();
  const banner = frame.getByRole('status');
  await expect(banner).toContainText('Черновик.');
  await expect(banner).toContainText('Статья с draft: true видна только в предпросмотре и не попадёт на сайт.');
  await page.getByRole('switch', { name: 'Черновик' }).click();
  await expect(frame.getByRole('status')).toHaveCount(0);
});

test('a future date shows the scheduled state, worded and dated as the site does', async ({ page }) => {
  const frame = await openSeedInAdmin(page);
  // Moscow time, as the date widget shows it: 10:00 on 1 May 2031 in Moscow.
  await page.locator('input[type="datetime-local"]').first().fill('2031-05-01T10:00:00');
  const banner = frame.getByRole('status');
  await expect(banner).toContainText('Дата публикации ещё не наступила: статья появится на сайте со сборкой после 1 мая 2031 г.');
  await expect(frame.locator('article header time')).toHaveText('1 мая 2031 г.');
});

test('a hero from public/images is shown through the admin’s media', async ({ page }) => {
  const frame = await openSeedInAdmin(page, 'kak-bystro-zablokirovat-kartu-i-kuda-obraschatsya-za-pomoschyu');
  const hero = frame.locator('article img').first();
  await expect(hero).toHaveAttribute('alt', /.+/);
  await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
});
