import { expect, test } from './fixtures';
import { THEME_TOGGLE_TITLES } from '../lib/theme';
import { SEED } from './posts';
import { expectTheme, themeToggle } from './theme';

/**
 * Pages with no client component of ours ship as plain documents
 * (build/post-build.ts): no React runtime, no flight payload. The theme
 * toggle is the one behaviour they have, and it must work there as well as
 * on the search page, where React does run.
 */

test('the post page loads no script but the theme script and JSON-LD', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  const response = await page.goto(SEED.path);
  const html = await response!.text();
  expect(scripts).toEqual([]);
  expect(html).not.toContain('self.__next_f');
  expect(html).not.toMatch(/\/_next\/static\/chunks\/[^"]+\.js/);
  // What is left: the theme's inline script and the structured data.
  const inline = await page.locator('script').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('type') ?? 'script'));
  expect(inline.sort()).toEqual(['application/ld+json', 'script']);
});

test('the search page keeps React: its results are a client component', async ({ page }) => {
  const response = await page.goto('/search/');
  expect(await response!.text()).toContain('self.__next_f');
});

for (const path of [SEED.path, '/search/']) {
  test(`the theme toggle flips, labels itself and persists on ${path}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    const toggle = themeToggle(page);
    await expectTheme(page, 'light');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(toggle).toHaveAttribute('title', THEME_TOGGLE_TITLES.light);

    await toggle.click();
    await expectTheme(page, 'dark');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(toggle).toHaveAttribute('title', THEME_TOGGLE_TITLES.dark);

    await page.reload();
    await expectTheme(page, 'dark');
    await expect(themeToggle(page)).toHaveAttribute('aria-pressed', 'true');
  });
}
