import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { joinedHeaders, parseHeadersFile, STATIC_HOSTS } from '../build/security/host-rules';
import { inlineScriptHashes, scriptHashSource } from '../build/security/inline-scripts';
import { SECURITY_HEADERS } from '../lib/security/policy';
import { site } from '../lib/site';
import { THEME_ATTRIBUTE, THEME_INIT_SCRIPT } from '../lib/theme';
import { policiesOf, sourcesFor, watchForViolations, type Policy } from './csp';
import { expect, test } from './fixtures';
import { POSTS, SEED } from './posts';
import { themeToggle, waitForToggle } from './theme';

/**
 * The Content-Security-Policy and the other security headers, on both
 * outputs: what the server sends, and proof in Chromium that every page type
 * works under the policy with the browser reporting nothing.
 */

const PAGE_TYPES = [
  { name: 'home', path: '/' },
  { name: 'post', path: SEED.path },
  { name: 'tags index', path: '/tags/' },
  { name: 'tag page', path: '/tags/doverie-klientov/' },
  { name: 'archive', path: '/archive/' },
  { name: 'search', path: '/search/' },
  { name: 'not found', path: '/takoy-stranitsy-net/' },
] as const;

const THEME_SCRIPT_HASH = scriptHashSource(THEME_INIT_SCRIPT);
const STRICT_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

/** The browser logs the 404 document itself as a failed load; that one is expected. */
function unexpected(errors: readonly string[]): string[] {
  return errors.filter((text) => !/status of 404 \(Not Found\)/.test(text));
}

/** The theme toggle is run by the inline theme script (lib/theme.ts): it works only if the policy let that script run. */
async function expectThemeToggleWorks(page: Page): Promise<void> {
  const toggle = themeToggle(page);
  await waitForToggle(page);
  const before = await page.locator('html').getAttribute(THEME_ATTRIBUTE);
  expect(before === 'light' || before === 'dark', 'the theme script set data-theme').toBe(true);
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute(THEME_ATTRIBUTE, before === 'dark' ? 'light' : 'dark');
}

/** Every page path the site lists in its sitemap, plus the ones it leaves out on purpose. */
async function allPagePaths(request: APIRequestContext): Promise<string[]> {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(listed.length).toBeGreaterThan(5);
  return [...new Set([...listed, '/search/', '/page/1/', '/takoy-stranitsy-net/'])];
}

function scriptSources(policy: Policy): readonly string[] {
  return sourcesFor(policy, 'script-src-elem') ?? [];
}

test.describe('security headers', () => {
  test('every page names exactly its inline scripts, and allows no other inline or eval', async ({ request }) => {
    for (const pagePath of await allPagePaths(request)) {
      const response = await request.get(pagePath);
      const html = await response.text();
      const policies = policiesOf(response.headers()['content-security-policy'], html);
      const scripting = policies.filter((policy) => scriptSources(policy).length > 0);
      expect(scripting, `${pagePath}: one policy restricts scripts`).toHaveLength(1);
      const sources = scriptSources(scripting[0]!);
      const hashes = sources.filter((source) => source.startsWith("'sha"));
      expect(sources.filter((source) => !source.startsWith("'sha")), pagePath).toEqual(STRICT_SCRIPT_SOURCES);
      // The served bytes, not the build's files: what the browser gets is what must be allowed.
      expect(new Set(hashes), pagePath).toEqual(new Set(inlineScriptHashes(html)));
      expect(hashes, pagePath).toContain(THEME_SCRIPT_HASH);
    }
  });

  test('the policy: self and the image host only, no framing, plus the other headers', async ({ request }) => {
    const response = await request.get(SEED.path);
    const header = response.headers()['content-security-policy'] ?? '';
    const policies = policiesOf(header, await response.text());
    expect(policies).toHaveLength(2);
    const all = (directive: string) => policies.map((policy) => sourcesFor(policy, directive)).filter((s) => s !== undefined);
    expect(all('default-src')).toEqual([["'self'"]]);
    // Both parts say the same about everything they both name.
    expect(all('img-src')).toEqual([["'self'", ...site.imageOrigins], ["'self'", ...site.imageOrigins]]);
    expect(all('style-src')).toEqual([["'self'"], ["'self'"]]);
    expect(all('connect-src')).toEqual([["'self'"], ["'self'"]]);
    expect(all('object-src')).toEqual([["'none'"], ["'none'"]]);
    expect(all('base-uri')).toEqual([["'none'"], ["'none'"]]);
    for (const policy of policies) expect(JSON.stringify([...policy])).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    // Only a header can forbid framing; a meta policy would ignore it.
    expect(header).toContain("frame-ancestors 'none'");
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(response.headers()[name.toLowerCase()], name).toBe(value);
    }
  });

  test('assets get nosniff too', async ({ request }) => {
    for (const asset of ['/rss.xml', '/atom.xml', '/feed.json', '/feeds/tags/doverie-klientov/atom.xml', '/robots.txt', '/logo.png', `/og/${SEED.slug}/image.png`]) {
      const response = await request.get(asset);
      expect(response.status(), asset).toBe(200);
      expect(response.headers()['x-content-type-options'], asset).toBe('nosniff');
    }
  });

  test('no page can be framed, not even by the site itself', async ({ page }) => {
    // 'none' refuses every ancestor, our own origin included, so a frame on
    // our own home page is the simplest proof (a page on another origin would
    // need a second server; Chromium refuses a faked one as a public site).
    await page.goto('/');
    const framed = page.waitForResponse((response) => new URL(response.url()).pathname === SEED.path);
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      document.body.append(frame);
    }, SEED.path);
    expect((await framed).status()).toBe(200);
    // Chromium replaces a refused frame with its error page.
    await expect.poll(() => page.frames()[1]?.url()).toMatch(/^chrome-error:/);
  });
});

test.describe('pages work under the policy, with nothing reported', () => {
  for (const { name, path: pagePath } of PAGE_TYPES) {
    test(`${name}: loads, and its scripts run (the theme toggle works)`, async ({ page }) => {
      const watched = await watchForViolations(page);
      await page.goto(pagePath);
      await page.waitForLoadState('networkidle');
      await expectThemeToggleWorks(page);
      expect(await watched.violations()).toEqual([]);
      expect(unexpected(watched.consoleErrors)).toEqual([]);
    });
  }

  test('search runs Pagefind (WebAssembly, worker) and shows results', async ({ page }) => {
    const watched = await watchForViolations(page);
    await page.goto('/search/?q=доверие');
    const results = page.getByRole('region', { name: 'Результаты поиска' });
    await expect(results.getByRole('link', { name: SEED.documentTitle })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Поиск по статьям' }).fill('карта');
    await expect(results.getByRole('link', { name: POSTS[1].title })).toBeVisible();
    expect(await watched.violations()).toEqual([]);
    expect(unexpected(watched.consoleErrors)).toEqual([]);
  });

  test("search results lead to the post's own document, under the post's own policy", async ({ page }) => {
    // /search/ is the one page that keeps React; its result links are
    // next/link, but the posts have no flight data (build/flight-files.ts),
    // so the router loads the post as a document, with its own policy.
    const watched = await watchForViolations(page);
    await page.goto('/search/?q=доверие');
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    await page.getByRole('region', { name: 'Результаты поиска' }).getByRole('link', { name: SEED.documentTitle }).click();
    await expect(page).toHaveURL(new RegExp(`${SEED.path}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.headline);
    expect(await page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument === true)).toBe(false);
    await expectThemeToggleWorks(page);
    expect(await watched.violations()).toEqual([]);
    expect(unexpected(watched.consoleErrors)).toEqual([]);
  });

  test('the policy is enforced: a page whose theme script is not allowed reports it', async ({ page }) => {
    // The same page, with the theme script's hash swapped for another in every
    // policy it carries: the browser must refuse that one script and say so.
    // This is what makes the "nothing reported" tests above mean something.
    const wrong = scriptHashSource('not the theme script');
    await page.route(`**${SEED.path}`, async (route) => {
      const original = await route.fetch();
      const headers = { ...original.headers() };
      if (headers['content-security-policy']) {
        headers['content-security-policy'] = headers['content-security-policy'].replace(THEME_SCRIPT_HASH, wrong);
      }
      await route.fulfill({ response: original, headers, body: (await original.text()).replace(THEME_SCRIPT_HASH, wrong) });
    });
    const watched = await watchForViolations(page);
    await page.goto(SEED.path);
    await expect.poll(async () => (await watched.violations()).map((v) => v.directive)).toContain('script-src-elem');
    await expect(page.locator('html')).not.toHaveAttribute(THEME_ATTRIBUTE, /./);
  });
});

test('out/_headers declares what both outputs send', async ({ page, request }) => {
  const file = readFileSync(path.join(process.cwd(), 'out', '_headers'), 'utf8');
  const lines = file.split('\n').filter((line) => line && !line.startsWith('#'));
  // Well inside Cloudflare Pages' limits (100 rules, 2,000 characters a line).
  const rules = parseHeadersFile(file);
  expect(rules[0]?.path).toBe('/*');
  expect(rules.length).toBeLessThanOrEqual(100);
  expect(Math.max(...lines.map((line) => line.length))).toBeLessThan(2000);
  // Both hosts send every matching rule's headers, joined (build/security/host-rules.ts): what a path gets is that join.
  for (const host of STATIC_HOSTS) {
    const declared = joinedHeaders(host, rules, SEED.path);
    expect(Object.keys(declared), host).toEqual(expect.arrayContaining([...Object.keys(SECURITY_HEADERS), 'Content-Security-Policy']));
    const response = await page.goto(SEED.path);
    for (const [name, value] of Object.entries(declared)) expect(await response!.headerValue(name), `${host} ${name}`).toBe(value);
    // Every response without a page carries the script policy.
    const assetPolicy = (await request.get('/rss.xml')).headers()['content-security-policy'];
    // Feeds included, a tag's too: they live under /feeds/, not in a page folder whose rule would give them the page headers.
    for (const asset of ['/rss.xml', '/atom.xml', '/feed.json', '/feeds/tags/doverie-klientov/rss.xml', '/feeds/tags/doverie-klientov/feed.json', '/_next/static/x.js', `/og/${SEED.slug}/image.png`]) {
      expect(joinedHeaders(host, rules, asset)['Content-Security-Policy'], `${host} ${asset}`).toBe(assetPolicy);
    }
  }
});
