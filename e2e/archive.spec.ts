import { expect, test } from './fixtures';
import { nodeOfType, readJsonLd } from './json-ld';
import { POSTS, SEED } from './posts';

const SITE = 'https://butlerspb-blog.netlify.app';

test('the archive lists every post under its year and month, linked with its date', async ({ page }) => {
  await page.goto('/archive/');
  await expect(page.locator('h1')).toHaveText('Архив статей');
  // Headings: h1, then a year (h2), then its months (h3), nominative month names.
  const headings = await page.locator('main :is(h1, h2, h3)').evaluateAll((els) => els.map((el) => `${el.tagName} ${el.textContent}`));
  expect(headings[0]).toBe('H1 Архив статей');
  expect(headings).toContain('H2 2025');
  expect(headings.filter((h) => h.startsWith('H3 ')).every((h) => /^H3 [А-ЯЁ][а-яё]+ \d{4}$/.test(h) && !/я \d{4}$/.test(h))).toBe(true);
  const july = page.getByRole('region', { name: 'Июль 2025' });
  const seed = july.getByRole('listitem').filter({ has: page.getByRole('link', { name: SEED.documentTitle, exact: true }) });
  await expect(seed.locator('time')).toHaveText(SEED.date);
  await expect(seed.locator('time')).toHaveAttribute('datetime', /^2025-07-26T/);
  const links = await page.locator('main section ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect([...links].sort()).toEqual(POSTS.map((post) => `/blog/${post.slug}/`).sort());
});

test('the archive is in the nav, the sitemap, and has a CollectionPage with breadcrumbs', async ({ page, request }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Основная навигация' }).getByRole('link', { name: 'Архив' }).click();
  await expect(page).toHaveURL(/\/archive\/$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}/archive/`);
  // The URL and head can change before the body is in place; read the graph once the page's own heading is there.
  await expect(page.locator('h1')).toHaveText('Архив статей');
  const blocks = await readJsonLd(page);
  const collection = nodeOfType(blocks, 'CollectionPage');
  expect(collection?.url).toBe(`${SITE}/archive/`);
  expect((collection?.hasPart as unknown[]).length).toBe(POSTS.length);
  const crumbs = nodeOfType(blocks, 'BreadcrumbList');
  expect((crumbs?.itemListElement as { name: string }[]).map((item) => item.name)).toEqual(['Главная', 'Блог', 'Архив']);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  // The newest edit of any post: the seed's date (no post has a later updatedDate).
  expect(sitemap).toMatch(new RegExp(`<loc>${SITE}/archive/</loc>\\s*<lastmod>2025-07-26T09:57:37.781Z</lastmod>`));
});
