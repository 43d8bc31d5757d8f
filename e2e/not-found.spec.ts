import { expect, test } from './fixtures';

test('an unknown post is a Russian 404', async ({ page }) => {
  const response = await page.goto('/blog/takoy-stati-net/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText('Страница не найдена');
  await page.getByRole('link', { name: 'Ко всем статьям' }).click();
  await expect(page).toHaveURL(/\/$/);
});
