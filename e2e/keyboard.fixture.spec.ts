import { expect, test } from './fixtures';
import { expectEveryControlReachable } from './keyboard';
import { expectTheme, THEMES, waitForToggle } from './theme';

// Pagination exists only on the 30-post fixture site.
for (const theme of THEMES) {
  test(`page 2, ${theme} theme: Tab reaches the pagination and every other control`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/page/2/');
    await expectTheme(page, theme);
    await waitForToggle(page);
    const pager = page.getByRole('navigation', { name: 'Страницы списка' });
    await expect(pager.getByRole('link')).toHaveCount(2);
    await expectEveryControlReachable(page);
  });
}
