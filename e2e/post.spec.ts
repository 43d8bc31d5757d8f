import { expect, test } from './fixtures';
import { POSTS, SEED } from './posts';

test.describe('the seed post', () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto(SEED.path);
    expect(response?.status()).toBe(200);
  });

  test('has one h1: the body heading, while the frontmatter title is the document title', async ({ page }) => {
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText(SEED.headline);
    await expect(page).toHaveTitle(new RegExp(`^${SEED.documentTitle}`));
  });

  test('shows author, Russian date and reading time', async ({ page }) => {
    const header = page.locator('article header');
    await expect(header).toContainText(SEED.author);
    await expect(header.locator('time')).toHaveText(SEED.date);
    await expect(header.locator('time')).toHaveAttribute('datetime', '2025-07-26T09:57:37.781Z');
    await expect(header).toContainText(/\d+ минут[аы]? чтения/);
  });

  test('keeps the link inside the "Заключение" heading, safely', async ({ page }) => {
    const heading = page.getByRole('heading', { level: 3, name: /^Заключение/ });
    const link = heading.getByRole('link', { name: 'официальном сайте ButlerSPB' });
    await expect(link).toHaveAttribute('href', 'https://butlerspb.ru/contacts');
    const rel = (await link.getAttribute('rel')) ?? '';
    expect(rel.split(' ').sort()).toEqual(['noopener', 'noreferrer', 'nofollow'].sort());
  });

  test('"Читайте также" shows the linked posts\' real titles, not ">-"', async ({ page }) => {
    const section = page.locator('h2#читайте-также + ul');
    const links = section.getByRole('link');
    // The seed links them in this order; two of its link texts were ">-".
    await expect(links).toHaveText([POSTS[2].title, POSTS[1].title, POSTS[3].title]);
    await expect(page.locator('article')).not.toContainText('>-');
    await links.nth(1).click();
    await expect(page).toHaveURL(new RegExp(`/blog/${POSTS[1].slug}/$`));
    await expect(page.locator('h1')).toHaveText(POSTS[1].title);
  });

  test('headings carry ids made from their Cyrillic text', async ({ page }) => {
    const ids = await page.locator('article h2[id]').evaluateAll((els) => els.map((el) => el.id));
    expect(ids).toContain('читайте-также');
    expect(ids).toContain('столп-1-радикальная-прозрачность--фундамент-отношений');
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('the hero is the eager, high-priority image with a srcset and a fixed box', async ({ page }) => {
    const hero = page.locator('article img').first();
    await expect(hero).toHaveAttribute('fetchpriority', 'high');
    await expect(hero).toHaveAttribute('loading', 'eager');
    await expect(hero).toHaveAttribute('width', '1200');
    await expect(hero).toHaveAttribute('height', '630');
    const srcset = (await hero.getAttribute('srcset')) ?? '';
    expect(srcset).toContain('images.unsplash.com');
    expect(srcset).not.toContain('/_next/image');
    expect(srcset.split(',').length).toBeGreaterThan(2);
    await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  });

  test('runs no inline or external script of ours that could execute content', async ({ page }) => {
    // The body is sanitised at build time: no <script>, <iframe> or handlers inside it.
    const body = page.locator('article .prose');
    await expect(body.locator('script, iframe, object, embed, style')).toHaveCount(0);
    const handlers = await body.evaluate((root) =>
      [...root.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith('on')),
    );
    expect(handlers).toEqual([]);
  });
});

test('a post whose hero cannot load still renders', async ({ page }) => {
  await page.route('https://images.unsplash.com/**', (route) => route.abort('connectionrefused'));
  const response = await page.goto(SEED.path);
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText(SEED.headline);
  const box = await page.locator('article img').first().boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(100);
  await expect(page.getByRole('heading', { name: 'Читайте также' })).toBeVisible();
});

test('a post without a leading # heading uses its title as the h1 and serves a local hero', async ({ page }) => {
  const post = POSTS[1];
  await page.goto(`/blog/${post.slug}/`);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText(post.title);
  const hero = page.locator('article img').first();
  // The build's variants of /images/bank-card.jpg (build/images/), with the original's real size.
  await expect(hero).toHaveAttribute('src', /^\/_img\/bank-card-[0-9a-f]{20}-1600\.jpg$/);
  await expect(hero).toHaveAttribute('width', '1600');
  await expect(hero).toHaveAttribute('height', '840');
  await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
});

test('a phone (390 px, DPR 2) downloads a small AVIF copy of a local hero, never the original', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const images: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'image') images.push(new URL(request.url()).pathname);
  });
  await page.goto(`/blog/${POSTS[1].slug}/`);
  const hero = page.locator('article img').first();
  await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  // 390 CSS px × 2 = 780 device px: the 828 px copy, in the first format the browser takes.
  expect(await hero.evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname)).toMatch(/^\/_img\/bank-card-[0-9a-f]{20}-828\.avif$/);
  expect(images.filter((image) => image.includes('bank-card'))).toEqual([expect.stringMatching(/-828\.avif$/)]);
  expect(images).not.toContain('/images/bank-card.jpg');
  await context.close();
});
