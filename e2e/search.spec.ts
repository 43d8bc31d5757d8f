import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SEED } from './posts';

const results = (page: Page) => page.getByRole('region', { name: 'Результаты поиска' });
const hits = (page: Page) => results(page).getByRole('listitem');

/** Every response for the Pagefind bundle, so a test can show it loaded from this build. */
function recordBundle(page: Page): { url: string; status: number }[] {
  const seen: { url: string; status: number }[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/_next/static/pagefind/')) {
      seen.push({ url: response.url(), status: response.status() });
    }
  });
  return seen;
}

async function search(page: Page, query: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Поиск по статьям' }).fill(query);
  await expect(results(page)).not.toContainText('Ищем');
}

/** No result is ever a listing, tag or error page: only posts are indexed. */
async function expectOnlyPosts(page: Page): Promise<void> {
  for (const href of await hits(page).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^\/blog\/[a-z0-9-]+\/$/);
  }
}

test.describe('search', () => {
  test('finds the seed post by a word of its text, with the words highlighted', async ({ page, externalRequests }) => {
    const bundle = recordBundle(page);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/search/');
    await expect(page).toHaveTitle('Поиск | Блог ButlerSPB');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(results(page)).toContainText('Введите слово или фразу');

    await search(page, 'доверие');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('доверие');
    await expect(results(page)).toContainText(/Найдено: \d+ (статья|статьи|статей)\./);
    const hit = hits(page).filter({ has: page.getByRole('link', { name: SEED.documentTitle, exact: true }) });
    await expect(hit.getByRole('link')).toHaveAttribute('href', SEED.path);
    await expect(hit.locator('mark').first()).toHaveText(/^доверие/i);
    await expect(hit).toContainText('Совпадения: доверие');
    await expectOnlyPosts(page);

    // Loaded from this build's own folder on this server, nothing from outside.
    expect(bundle.find((r) => /\/_next\/static\/pagefind\/[0-9a-z]+\/pagefind\.js$/.test(r.url))?.status).toBe(200);
    expect(bundle.filter((r) => r.status >= 400)).toEqual([]);
    expect(bundle.every((r) => new URL(r.url).hostname === '127.0.0.1')).toBe(true);
    expect(externalRequests).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a form of the word that the post never uses still finds it (Russian stemming)', async ({ page }) => {
    // «доверием» appears in no post; the seed post says «доверие» and «доверия».
    await page.goto('/search/?q=доверием');
    await expect(page.getByRole('searchbox', { name: 'Поиск по статьям' })).toHaveValue('доверием');
    const hit = hits(page).filter({ has: page.getByRole('link', { name: SEED.documentTitle, exact: true }) });
    await expect(hit).toHaveCount(1);
    await expect(hit.locator('mark').first()).toHaveText(/^довери[ея]/i);
    await expect(hit).not.toContainText('доверием');
  });

  test('the header form on any page leads to the results', async ({ page }) => {
    await page.goto(SEED.path);
    const header = page.getByRole('banner');
    await header.getByRole('searchbox', { name: 'Поиск по блогу' }).fill('клиентов');
    await header.getByRole('button', { name: 'Найти' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=%D0%BA%D0%BB%D0%B8%D0%B5%D0%BD%D1%82%D0%BE%D0%B2$/);
    await expect(page.getByRole('searchbox', { name: 'Поиск по статьям' })).toHaveValue('клиентов');
    await expect(hits(page).getByRole('link', { name: SEED.documentTitle, exact: true })).toBeVisible();
    await expectOnlyPosts(page);
  });

  test('a query with no match says so', async ({ page }) => {
    await page.goto('/search/');
    await search(page, 'зюзяблик');
    await expect(results(page)).toHaveText('Ничего не найдено по запросу «зюзяблик».');
    await expect(hits(page)).toHaveCount(0);
    // Pagefind alone would match these to the prepositions «к» and «в» in every post.
    for (const word of ['кондиционер', 'владельцам']) {
      await search(page, word);
      await expect(results(page)).toHaveText(`Ничего не найдено по запросу «${word}».`);
    }
  });

  test('an index that cannot load is reported, not a blank page', async ({ page }) => {
    await page.route('**/_next/static/pagefind/**', (route) => route.abort());
    await page.goto('/search/?q=доверие');
    await expect(results(page)).toHaveText('Не удалось загрузить поиск. Обновите страницу или попробуйте позже.');
  });

  test('text that only the home page has is not found: listings are not indexed', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText('советы владельцам квартир')).toBeVisible();
    await page.goto('/search/');
    await search(page, 'советы владельцам');
    await expect(results(page)).toContainText('Ничего не найдено');
  });

  test('clearing the field clears the query', async ({ page }) => {
    await page.goto('/search/?q=доверие');
    await expect(hits(page).first()).toBeVisible();
    await page.getByRole('searchbox', { name: 'Поиск по статьям' }).fill('');
    await expect(results(page)).toContainText('Введите слово или фразу');
    await expect.poll(() => new URL(page.url()).search).toBe('');
  });
});
