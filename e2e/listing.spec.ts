import { expect, test } from './fixtures';
import { SEED } from './posts';

test('the seed post: contents, tags, placeholders as real actions, neighbours', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(SEED.path);

  const toc = page.getByRole('navigation', { name: 'Содержание статьи' });
  await expect(toc.getByRole('link', { name: /^Столп №/ })).toHaveCount(7);
  await expect(toc.getByRole('link', { name: 'Конфиденциальность' })).toBeVisible();
  await toc.getByRole('link', { name: /^Столп №5/ }).click();
  await expect(page).toHaveURL(/#%D1%81%D1%82%D0%BE%D0%BB%D0%BF-5|#столп-5/);
  // The contents stay beside the text while reading (here: well inside the article).
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 3));
  const box = await toc.boundingBox();
  expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
  expect(box?.y ?? 9999).toBeLessThan(200);

  const cta = page.getByRole('link', { name: 'Рассчитать стоимость' });
  await expect(cta).toHaveAttribute('href', 'https://butlerspb.ru/#calculator');
  await expect(cta).toHaveClass(/cta-button/);
  await expect(page.getByRole('link', { name: 'Перейти на страницу контактов' })).toHaveAttribute('href', 'https://butlerspb.ru/contacts');
  await expect(page.locator('article')).not.toContainText('[Кнопка');
  await expect(page.locator('article')).not.toContainText('[Ссылка на страницу контактов]');

  const tags = page.getByRole('list', { name: 'Темы статьи' }).getByRole('link');
  await expect(tags.first()).toHaveText('доверие клиентов');
  await expect(tags.first()).toHaveAttribute('href', '/tags/doverie-klientov/');

  const neighbours = page.getByRole('navigation', { name: 'Соседние статьи' });
  await expect(neighbours.getByRole('link')).toHaveCount(1);
  await expect(neighbours.getByRole('link')).toContainText('Как быстро заблокировать банковскую карту');
  await expect(page.getByRole('heading', { name: 'Похожие статьи' })).toBeVisible();
});

test('on a phone the contents show only ## entries, above the text', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(SEED.path);
  const toc = page.getByRole('navigation', { name: 'Содержание статьи' });
  await expect(toc.getByRole('link', { name: 'Конфиденциальность' })).toBeHidden();
  const tocTop = (await toc.boundingBox())?.y ?? 0;
  const bodyTop = (await page.locator('article .prose').boundingBox())?.y ?? 0;
  expect(tocTop).toBeLessThan(bodyTop);
});

test('tag index and a tag page show the Cyrillic tag under a Latin address', async ({ page }) => {
  await page.goto('/tags/');
  const tag = page.getByRole('list', { name: 'Темы' }).getByRole('link', { name: /доверие клиентов/ });
  await expect(tag).toContainText('1 статья');
  await tag.click();
  await expect(page).toHaveURL(/\/tags\/doverie-klientov\/$/);
  await expect(page.locator('h1')).toHaveText('Статьи по теме «доверие клиентов»');
  await expect(page.getByRole('list', { name: 'Статьи' }).getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('link', { name: SEED.documentTitle })).toBeVisible();
});

test('four posts fit on one page: no pagination, /page/2/ is a 404, /page/1/ moves to /', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Страницы списка' })).toHaveCount(0);
  expect((await page.request.get('/page/2/')).status()).toBe(404);
  await page.goto('/page/1/');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('h1')).toHaveText('Блог ButlerSPB');
});
