import type { Page } from '@playwright/test';
import { luminance } from './colors';
import { expect, test } from './fixtures';
import { SEED } from './posts';
import { THEME_STORAGE_KEY } from '../lib/theme';
import { expectTheme, THEMES, themeToggle as toggle, waitForToggle, type ThemeName } from './theme';

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), THEME_STORAGE_KEY);

/** The page background really is dark or light, not just the attribute. */
async function expectBackground(page: Page, theme: ThemeName): Promise<void> {
  const body = await luminance(page.locator('body'), 'backgroundColor');
  if (theme === 'dark') expect(body).toBeLessThan(0.05);
  else expect(body).toBeGreaterThan(0.9);
}

for (const system of THEMES) {
  test.describe(`system preference ${system}`, () => {
    test.use({ colorScheme: system });

    test('is followed when the visitor has not chosen', async ({ page }) => {
      await page.goto('/');
      await expectTheme(page, system);
      await expectBackground(page, system);
      await waitForToggle(page);
      await expect(toggle(page)).toHaveAttribute('aria-pressed', String(system === 'dark'));
      expect(await stored(page)).toBeNull();
    });
  });
}

test('a change of the system preference applies at once, until the visitor chooses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(SEED.path);
  await expectTheme(page, 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectTheme(page, 'dark');
  await waitForToggle(page);
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');

  await toggle(page).click();
  await expectTheme(page, 'light');
  // A choice outranks the system from now on.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectTheme(page, 'light');
});

test.describe('the toggle', () => {
  test.use({ colorScheme: 'light' });

  test('switches the theme and the choice persists across reload and navigation', async ({ page }) => {
    await page.goto('/');
    await waitForToggle(page);
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
    await toggle(page).click();
    await expectTheme(page, 'dark');
    await expectBackground(page, 'dark');
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
    expect(await stored(page)).toBe('dark');

    await page.reload();
    await expectTheme(page, 'dark');
    await expectBackground(page, 'dark');

    // Following a link loads the next page afresh (pages have no client router): it reads the choice again.
    await page.getByRole('link', { name: SEED.documentTitle }).click();
    await expect(page).toHaveURL(new RegExp(`${SEED.path}$`));
    await expectTheme(page, 'dark');
    await page.goto('/tags/');
    await expectTheme(page, 'dark');
    await waitForToggle(page);
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');

    await toggle(page).click();
    await expectTheme(page, 'light');
    expect(await stored(page)).toBe('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await expectTheme(page, 'light');
    await expectBackground(page, 'light');
  });

  test('works from the keyboard', async ({ page }) => {
    await page.goto('/');
    await waitForToggle(page);
    await toggle(page).focus();
    await page.keyboard.press('Enter');
    await expectTheme(page, 'dark');
    await page.keyboard.press('Space');
    await expectTheme(page, 'light');
  });
});

test.describe('no flash of the wrong theme', () => {
  const results = (page: Page) => page.getByRole('region', { name: 'Результаты поиска' });

  for (const [system, choice] of [
    ['light', 'dark'],
    ['dark', 'light'],
  ] as const) {
    test(`a stored ${choice} choice under a ${system} system applies with every script of ours blocked`, async ({ page }) => {
      // /search/ is the page that still loads React and our chunks (every other page loads none).
      await page.emulateMedia({ colorScheme: system });
      await page.goto('/search/');
      await page.evaluate((theme) => localStorage.setItem('theme', theme), choice);

      // Only the inline script in <head> can set the theme now: Next's and our chunks never load.
      const blocked: string[] = [];
      await page.route('**/_next/static/**', (route) => {
        if (route.request().resourceType() !== 'script') return route.continue();
        blocked.push(route.request().url());
        return route.abort('blockedbyclient');
      });
      await page.goto('/search/?q=доверие');
      expect(blocked.length).toBeGreaterThan(0);
      await expectTheme(page, choice);
      await expectBackground(page, choice);
      await expect(page.locator('html')).toHaveCSS('color-scheme', choice);
      // Proof that React never ran: the query was not searched, the server-rendered prompt stays.
      await expect(results(page)).toContainText('Введите слово или фразу');
      // The toggle is the inline script's too, so it still works.
      await toggle(page).click();
      await expectTheme(page, choice === 'dark' ? 'light' : 'dark');
    });
  }

  test('the theme is set while <head> is parsed: before <body> and before any paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(SEED.path);
    await page.evaluate(() => localStorage.setItem('theme', 'dark'));
    // Runs before the page's own scripts; records the moment data-theme appears.
    await page.addInitScript(() => {
      const record = window as unknown as { __themeSet?: object[] };
      record.__themeSet = [];
      new MutationObserver((mutations) => {
        for (const m of mutations) {
          if (m.attributeName !== 'data-theme' || m.target !== document.documentElement) continue;
          record.__themeSet?.push({
            theme: document.documentElement.getAttribute('data-theme'),
            at: performance.now(),
            bodyParsed: document.body !== null,
            paints: performance.getEntriesByType('paint').length,
          });
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-theme'] });
    });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.reload();
    await waitForToggle(page);
    // The paint timing entry is queued after the frame is shown; on a loaded machine the page can be
    // interactive before it exists (seen once in CI), so wait for it rather than read it too early.
    await page.waitForFunction(() => performance.getEntriesByType('paint').some((p) => p.name === 'first-paint'));
    const { sets, paints } = await page.evaluate(() => ({
      sets: (window as unknown as { __themeSet: { theme: string; at: number; bodyParsed: boolean; paints: number }[] }).__themeSet,
      paints: performance.getEntriesByType('paint').map((p) => ({ name: p.name, at: p.startTime })),
    }));
    // The post page loads no script file at all: the inline script is all there is.
    expect(scripts).toEqual([]);
    // Set exactly once, to the stored choice, before <body> existed and before anything was painted.
    expect(sets).toHaveLength(1);
    const [set] = sets;
    expect(set).toMatchObject({ theme: 'dark', bodyParsed: false, paints: 0 });
    expect(paints.map((p) => p.name)).toContain('first-paint');
    for (const paint of paints) expect(paint.at).toBeGreaterThanOrEqual(set?.at ?? Infinity);
  });
});
