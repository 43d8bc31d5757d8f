import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inlineScriptHashes, scriptHashSource } from '../build/security/inline-scripts';
import { THEME_INIT_SCRIPT } from '../lib/theme';
import { fixturePost, RENAMED } from '../support/fixture-corpus';
import { expect, test } from './fixtures';

/**
 * Renamed posts (support/fixture-corpus.ts, RENAMED): every old address leads
 * to the post on both outputs. `next start` answers 308 (next.config.ts);
 * the export has a meta-refresh page with a canonical link and `_redirects`.
 */
const moved = [
  ...RENAMED.list.from.map((from) => ({ from, to: fixturePost(RENAMED.list.post) })),
  { from: RENAMED.text.from, to: fixturePost(RENAMED.text.post) },
];
const isServer = (name: string) => name === 'fixture-server';

for (const { from, to } of moved) {
  test.describe(`/blog/${from}/ → /blog/${to.slug}/`, () => {
    test('a permanent redirect (server) or a page that says so (export)', async ({ request }, info) => {
      const response = await request.get(`/blog/${from}/`, { maxRedirects: 0 });
      if (isServer(info.project.name)) {
        expect(response.status()).toBe(308);
        expect(response.headers().location).toBe(`/blog/${to.slug}/`);
        // The redirect carries the security headers too (scripts/server.ts).
        expect(response.headers()['x-content-type-options']).toBe('nosniff');
        expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
        // Without the slash: Next adds it first (308), then ours.
        const bare = await request.get(`/blog/${from}`, { maxRedirects: 0 });
        expect(bare.status()).toBe(308);
        expect(bare.headers().location).toBe(`/blog/${from}/`);
      } else {
        expect(response.status()).toBe(200);
        const html = await response.text();
        expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/blog/${to.slug}/"`));
        expect(html).toMatch(new RegExp(`<meta http-equiv="refresh" content="0; url=/blog/${to.slug}/"`));
        expect(html).toContain('<meta name="robots" content="noindex"');
        expect(html).toContain('http-equiv="Content-Security-Policy"');
        expect(html).not.toContain('data-pagefind-body');
      }
    });

    test('the browser lands on the post', async ({ page }) => {
      await page.goto(`/blog/${from}/`);
      await expect(page).toHaveURL(new RegExp(`/blog/${to.slug}/$`));
      await expect(page.locator('h1')).toHaveText(to.title.replace(/\s+/g, ' '));
    });

    test('the old address is in no sitemap, feed or listing', async ({ request }) => {
      for (const file of ['/sitemap.xml', '/rss.xml']) {
        const body = await (await request.get(file)).text();
        expect(body, file).toContain(`/blog/${to.slug}/`);
        expect(body, file).not.toContain(from);
      }
    });
  });
}

test('the static page at the old address shows a link to the new one, in Russian', async ({ request }, info) => {
  test.skip(isServer(info.project.name), 'the server build answers with a 308 instead');
  // Read as served: in a browser the refresh leaves the page at once.
  const target = fixturePost(RENAMED.list.post);
  const html = await (await request.get(`/blog/${RENAMED.list.from[0]}/`)).text();
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  expect(main.replace(/<!-- -->/g, '')).toMatch(new RegExp(`Статья переехала: <a [^>]*href="/blog/${target.slug}/">${target.title}</a>`));
  // No redirect by script: the one inline script is the layout's theme script, which the page's policy names.
  expect(inlineScriptHashes(html)).toEqual([scriptHashSource(THEME_INIT_SCRIPT)]);
});

test('a link to an old slug in another post points at the new address, its empty text the title', async ({ page }) => {
  const target = fixturePost(RENAMED.list.post);
  await page.goto(`/blog/${fixturePost(RENAMED.linking.post).slug}/`);
  const article = page.locator('article');
  await expect(article.locator(`a[href*="${RENAMED.linking.to}"]`)).toHaveCount(0);
  await expect(article.getByRole('link', { name: target.title.replace(/\s+/g, ' '), exact: true })).toHaveAttribute('href', `/blog/${target.slug}/`);
  await expect(article.getByRole('link', { name: 'ту же статью по полному адресу' })).toHaveAttribute('href', `/blog/${target.slug}/`);
});

test('_redirects: a forced rule for Netlify and both forms for Cloudflare, for every old address', async ({}, info) => {
  test.skip(isServer(info.project.name), 'only the export has _redirects');
  const lines = readFileSync(path.join(__dirname, '..', 'out-fixture', '_redirects'), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'));
  const expected = [...moved]
    .sort((a, b) => (a.from < b.from ? -1 : 1))
    .flatMap(({ from, to }) => [[`/blog/${from}/ /blog/${to.slug}/ 301!`], [`/blog/${from}/ /blog/${to.slug}/ 301`, `/blog/${from} /blog/${to.slug}/ 301`]]);
  const netlify = expected.filter((_, i) => i % 2 === 0).flat();
  const cloudflare = expected.filter((_, i) => i % 2 === 1).flat();
  expect(lines).toEqual([...netlify, ...cloudflare]);
});
