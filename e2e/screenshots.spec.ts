import type { Page } from '@playwright/test';
import { expect, keepScreenshot, test } from './fixtures';
import { PAGE_TYPES } from './pages';
import { VIEWPORTS } from './posts';
import { expectTheme, THEMES, waitForToggle } from './theme';

const PAGES = PAGE_TYPES.filter((type) => ['home', 'post', 'tag', 'archive', 'search', 'not-found'].includes(type.name));

/** Loads lazy images too and waits for them to decode. (Not networkidle: Next keeps link prefetches open.) */
async function loadImages(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      [...document.images].map((img) => {
        img.loading = 'eager';
        return img.decode().catch(() => undefined);
      }),
    ),
  );
}

// One page load per page and theme; the viewport is then resized through the three widths.
for (const theme of THEMES) {
  test.describe(`layout, ${theme} theme`, () => {
    test.use({ colorScheme: theme });
    for (const target of PAGES) {
      test(`${target.name} holds at ${Object.values(VIEWPORTS).map((v) => v.width).join(', ')} px`, async ({ page }, testInfo) => {
        await page.setViewportSize(VIEWPORTS.mobile);
        await page.goto(target.path);
        await expectTheme(page, theme);
        await waitForToggle(page);
        await target.ready?.(page);
        for (const [name, viewport] of Object.entries(VIEWPORTS)) {
          await page.setViewportSize(viewport);
          await loadImages(page);
          // Nothing may stick out sideways: no horizontal scrolling at any width.
          const sizes = await page.evaluate(() => ({
            scrollWidth: document.scrollingElement?.scrollWidth ?? Infinity,
            innerWidth: window.innerWidth,
          }));
          expect(sizes.innerWidth, name).toBe(viewport.width);
          expect(sizes.scrollWidth, `${target.name} at ${viewport.width}px`).toBeLessThanOrEqual(sizes.innerWidth);
          await keepScreenshot(page, testInfo, `${target.name}-${viewport.width}-${theme}`);
        }
      });
    }
  });
}
