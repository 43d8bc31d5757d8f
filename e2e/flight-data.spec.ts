import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { TestInfo } from '@playwright/test';
import { THEME_ATTRIBUTE, THEME_INIT_SCRIPT } from '../lib/theme';
import { builtSite, htmlPagesUnder } from '../build/built-site';
import { scriptHashSource } from '../build/security/inline-scripts';
import { policiesOf, watchForViolations } from './csp';
import { expect, test } from './fixtures';
import { SEED } from './posts';
import { themeToggle, waitForToggle } from './theme';

/**
 * React's flight data (what a client router fetches instead of a document)
 * is left only where React runs: the search page. Every other page has none
 * in either output (build/flight-files.ts), and the search page's router,
 * which prefetches and follows its links, loads those pages as documents.
 */

/** The output this project serves, as the build wrote it. */
function outputOf(testInfo: TestInfo): string {
  return path.join(__dirname, '..', testInfo.project.name === 'server' ? '.next-server' : 'out');
}

/** A page's flight files: the export's index.txt and __next.*.txt beside it, the server build's .segments/ and non-empty .rsc. */
function flightFilesBeside(kind: 'server' | 'export', htmlRoot: string, page: string): string[] {
  const file = path.join(htmlRoot, page);
  if (kind === 'export') {
    if (path.basename(page) !== 'index.html') return [];
    return readdirSync(path.dirname(file)).filter((name) => name === 'index.txt' || /^__next\..+\.txt$/.test(name));
  }
  const base = file.replace(/\.html$/, '');
  return [
    ...(existsSync(`${base}.segments`) ? [`${base}.segments`] : []),
    ...(existsSync(`${base}.rsc`) && statSync(`${base}.rsc`).size > 0 ? [`${base}.rsc`] : []),
  ];
}

test('no page without React keeps flight data; the search page keeps its own', async ({}, testInfo) => {
  const site = builtSite(outputOf(testInfo));
  const pages = htmlPagesUnder(site.htmlRoot);
  expect(pages.length).toBeGreaterThan(10);
  const left: string[] = [];
  for (const page of pages) {
    const keepsReact = readFileSync(path.join(site.htmlRoot, page), 'utf8').includes('self.__next_f');
    // Next's own error pages keep theirs in a server build: its server answers every unknown path from them.
    const errorPage = site.kind === 'server' && /^_(?:not-found|global-error)\.html$/.test(page);
    if (keepsReact || errorPage) continue;
    left.push(...flightFilesBeside(site.kind, site.htmlRoot, page).map((file) => `${page}: ${path.basename(file)}`));
  }
  expect(left).toEqual([]);
  const search = site.kind === 'export' ? 'search/index.html' : 'search.html';
  expect(flightFilesBeside(site.kind, site.htmlRoot, search).length).toBeGreaterThan(0);
});

test("a router's request for a post's flight data is a 404, and the post is still served as its document", async ({ request }, testInfo) => {
  const flight =
    testInfo.project.name === 'server'
      ? await request.get(`${SEED.path}?_rsc=x`, { headers: { RSC: '1' }, maxRedirects: 0 })
      : await request.get(`${SEED.path}index.txt`);
  expect(flight.status()).toBe(404);
  expect(flight.headers()['content-type'] ?? '').not.toMatch(/text\/x-component/);
  const page = await request.get(SEED.path);
  const html = await page.text();
  expect(html).not.toContain('self.__next_f');
  expect(html).toContain(scriptHashSource(THEME_INIT_SCRIPT));
  expect(html).toMatch(/<meta http-equiv="Content-Security-Policy"/);
});

test('a search result opens the post as its own document, under its own policy', async ({ page }) => {
  const watched = await watchForViolations(page);
  await page.goto('/search/?q=доверие');
  const link = page.getByRole('region', { name: 'Результаты поиска' }).getByRole('link', { name: SEED.documentTitle });
  await expect(link).toBeVisible();
  const documentLoad = page.waitForResponse((response) => new URL(response.url()).pathname === SEED.path && response.request().resourceType() === 'document');
  await link.click();
  const response = await documentLoad;
  await expect(page).toHaveURL(new RegExp(`${SEED.path}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.headline);
  // The post's own document: no React, its own policy meta.
  const html = await response.text();
  expect(html).not.toContain('self.__next_f');
  expect(policiesOf(response.headers()['content-security-policy'], html).length).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => document.scripts.length)).toBe(2);
  // The theme script ran under the post's policy.
  await waitForToggle(page);
  const theme = await page.locator('html').getAttribute(THEME_ATTRIBUTE);
  await themeToggle(page).click();
  await expect(page.locator('html')).toHaveAttribute(THEME_ATTRIBUTE, theme === 'dark' ? 'light' : 'dark');
  expect(await watched.violations()).toEqual([]);
  // Back to the results, and on from them again.
  await page.goBack();
  await expect(page.getByRole('region', { name: 'Результаты поиска' }).getByRole('link', { name: SEED.documentTitle })).toBeVisible();
});
