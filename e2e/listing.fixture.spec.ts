import { expect, test, type Page } from './fixtures';

// The fixture site: 4 real posts, 25 generated ones (support/fixture-corpus.ts) and 1 hostile post.
const cards = (page: Page) => page.getByRole('list', { name: 'Статьи' }).getByRole('article');
const relHref = (page: Page, rel: 'prev' | 'next') => page.locator(`head link[rel="${rel}"]`).getAttribute('href');

test('30 posts make three pages of ten, linked both ways and in <head>', async ({ page }) => {
  await page.goto('/');
  await expect(cards(page)).toHaveCount(10);
  const pager = page.getByRole('navigation', { name: 'Страницы списка' });
  await expect(pager).toContainText('Страница 1 из 3');
  expect(await relHref(page, 'next')).toBe('/page/2/');
  await expect(page.locator('head link[rel="prev"]')).toHaveCount(0);

  await pager.getByRole('link', { name: /Старее/ }).click();
  await expect(page).toHaveURL(/\/page\/2\/$/);
  await expect(cards(page)).toHaveCount(10);
  expect([await relHref(page, 'prev'), await relHref(page, 'next')]).toEqual(['/', '/page/3/']);
  await expect(page.locator('h1')).toHaveText('Блог ButlerSPB: страница 2');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/page\/2\/$/);

  await page.goto('/page/3/');
  await expect(cards(page)).toHaveCount(10);
  await expect(page.locator('head link[rel="next"]')).toHaveCount(0);
  expect((await page.request.get('/page/4/')).status()).toBe(404);
});

test('the pages list every post once, newest first', async ({ page }) => {
  const titles: string[] = [];
  for (const path of ['/', '/page/2/', '/page/3/']) {
    await page.goto(path);
    titles.push(...(await cards(page).getByRole('heading').allTextContents()));
  }
  expect(new Set(titles).size).toBe(30);
  const numbers = titles.map((t) => /№(\d+)/.exec(t)?.[1]).filter(Boolean).map(Number);
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
});

test('a tag of 12 posts spans two pages; its index entry counts them', async ({ page }) => {
  await page.goto('/tags/');
  await expect(page.getByRole('link', { name: /общий тег/ })).toContainText('12 статей');
  await page.goto('/tags/obshchiy-teg/');
  await expect(page.locator('h1')).toHaveText('Статьи по теме «общий тег»');
  await expect(cards(page)).toHaveCount(10);
  expect(await relHref(page, 'next')).toBe('/tags/obshchiy-teg/page/2/');
  await page.getByRole('link', { name: /Старее/ }).click();
  await expect(cards(page)).toHaveCount(2);
  await expect(page.getByRole('navigation', { name: 'Навигационная цепочка' })).toContainText('общий тег');
});

test('related posts: most shared keywords first, then newest, never the post itself', async ({ page }) => {
  await page.goto('/blog/testovaya-statya-02/');
  const related = page.getByRole('region', { name: 'Похожие статьи' }).getByRole('link');
  // №12 and №22 share all three keywords with №2; №6 shares two and is the newest such post.
  await expect(related).toHaveText([/№12:/, /№22:/, /№6:/]);
  await expect(related.filter({ hasText: '№2:' })).toHaveCount(0);

  const neighbours = page.getByRole('navigation', { name: 'Соседние статьи' });
  await expect(neighbours.getByRole('link', { name: /Предыдущая/ })).toContainText('№3:');
  await expect(neighbours.getByRole('link', { name: /Следующая/ })).toContainText('№1:');
});

test('reading time uses Russian plurals', async ({ page }) => {
  await page.goto('/blog/testovaya-statya-05/');
  await expect(page.locator('article header')).toContainText('1 минута чтения');
});
