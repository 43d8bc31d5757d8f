import { expect, test } from './fixtures';

const HOSTILE_TITLE = "</script ><script>window.__pwned='title';alert('title')//";

test.describe('search on the fixture site', () => {
  test('a hostile title and excerpt are shown as text and never run', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto('/search/?q=скриптом');
    const results = page.getByRole('region', { name: 'Результаты поиска' });
    const link = results.getByRole('link', { name: HOSTILE_TITLE, exact: true });
    await expect(link).toHaveAttribute('href', '/blog/vrazhdebnyy-zagolovok/');
    await expect(results.locator('mark').first()).toHaveText(/^скриптом/);
    await expect(results.locator('script, img, iframe, style')).toHaveCount(0);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
  });

  test('many matches: counted with the right plural, the first 20 shown', async ({ page }) => {
    // Every generated post says «Возьмите тряпку».
    await page.goto('/search/?q=тряпку');
    const results = page.getByRole('region', { name: 'Результаты поиска' });
    await expect(results).toContainText('Найдено: 25 статей. Показаны первые 20.');
    await expect(results.getByRole('listitem')).toHaveCount(20);
  });
});
