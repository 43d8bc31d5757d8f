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

  test('the index is written in shards, and every shard is searched', async ({ page, request }) => {
    // The fixture site is built with 8 pages a shard (scripts/build-fixture-site.ts);
    // the 25 matches of the next test come from all of them.
    await page.goto('/search/');
    const bundle = /\/_next\/static\/pagefind\/[0-9a-z]+\/pagefind\.js/.exec(await page.content())?.[0];
    expect(bundle).toBeTruthy();
    const manifest = await request.get(bundle!.replace(/pagefind\.js$/, 'shards.json'));
    expect(manifest.ok()).toBe(true);
    const shards = (await manifest.json()) as string[];
    expect(shards.length).toBeGreaterThanOrEqual(3);
    for (const shard of shards) {
      expect((await request.get(bundle!.replace(/pagefind\.js$/, `${shard}pagefind-entry.json`))).ok()).toBe(true);
    }
  });

  test('many matches: counted with the right plural, the first 20 shown', async ({ page }) => {
    // Every generated post says «Возьмите тряпку».
    await page.goto('/search/?q=тряпку');
    const results = page.getByRole('region', { name: 'Результаты поиска' });
    await expect(results).toContainText('Найдено: 25 статей. Показаны первые 20.');
    await expect(results.getByRole('listitem')).toHaveCount(20);
  });
});
