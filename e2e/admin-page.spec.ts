import { expect, test } from './fixtures';

/**
 * The admin's page is in both outputs and is nobody's search result: not in
 * search engines (noindex), not in the sitemap or the feed, not in the site's
 * own search. Its behaviour is tested in the other admin-*.spec.ts files.
 */

const ADMIN = '/admin/';
// Words only the admin's page has (its <noscript> text).
const ADMIN_ONLY_TEXT = 'включённым';

test('/admin/ is a Russian page that loads only our script and Decap, and asks not to be indexed', async ({ request }) => {
  const response = await request.get(ADMIN);
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain('<html lang="ru">');
  expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  expect(html).toContain(ADMIN_ONLY_TEXT);
  // One script, our own file: no inline script for any policy to allow.
  expect([...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0])).toEqual(['<script src="/admin/admin.js" defer>']);
  for (const file of ['/admin/admin.js', '/admin/decap/decap-cms.js']) expect((await request.get(file)).status(), file).toBe(200);
});

test('the sitemap and the feed do not list the admin', async ({ request }) => {
  for (const file of ['/sitemap.xml', '/rss.xml']) {
    const text = await (await request.get(file)).text();
    expect(text, file).toContain('/blog/');
    expect(text, file).not.toContain('/admin');
  }
});

test("the site's search does not find the admin's page", async ({ page }) => {
  // No post says JavaScript; the admin's page does.
  await page.goto('/search/?q=JavaScript');
  await expect(page.getByText('Ничего не найдено по запросу «JavaScript».')).toBeVisible();
});
