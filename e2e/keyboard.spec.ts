import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectEveryControlReachable } from './keyboard';
import { PAGE_TYPES } from './pages';
import { VIEWPORTS } from './posts';
import { expectTheme, THEMES, waitForToggle } from './theme';

const skipLink = (page: Page) => page.getByRole('link', { name: 'Перейти к содержанию' });

test('the skip link is the first Tab stop, shows when focused and moves focus to the content', async ({ page }) => {
  await page.goto('/');
  await waitForToggle(page);
  await expect(skipLink(page)).not.toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(skipLink(page)).toBeFocused();
  await expect(skipLink(page)).toBeInViewport({ ratio: 1 });
  const box = await skipLink(page).boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(100);
  expect(box?.height ?? 0).toBeGreaterThan(20);

  await page.keyboard.press('Enter');
  await expect(page.locator('main#content')).toBeFocused();
  // The next Tab continues inside the content, past the header's controls.
  await page.keyboard.press('Tab');
  await expect(page.locator('main :focus')).toHaveCount(1);
  await expect(page.getByRole('banner').locator(':focus')).toHaveCount(0);
});

// Wide enough for the contents' ### entries and the header on one line.
test.use({ viewport: VIEWPORTS.desktop });

for (const theme of THEMES) {
  test.describe(`keyboard, ${theme} theme`, () => {
    test.use({ colorScheme: theme });
    for (const type of PAGE_TYPES) {
      test(`${type.name}: Tab reaches every control, each with a visible focus ring`, async ({ page }) => {
        await page.goto(type.path);
        await expectTheme(page, theme);
        await waitForToggle(page);
        await type.ready?.(page);
        await expectEveryControlReachable(page);
      });
    }
  });
}
