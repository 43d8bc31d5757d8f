import path from 'node:path';
import type { Page, Request } from '@playwright/test';
import { ownClientModules } from '../build/static-html/client-modules';
import { ownModulesIn, readClientReferenceManifests } from '../support/page-js';
import { expect, test } from './fixtures';
import { PAGE_TYPES } from './pages';
import { waitForToggle } from './theme';

/** Every script file a page fetches until it is set up (its chunks are async <script>s, which `load` waits for). */
async function scriptsOf(page: Page, url: string): Promise<string[]> {
  const scripts: string[] = [];
  const record = (request: Request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  };
  page.on('request', record);
  await page.goto(url, { waitUntil: 'load' });
  await waitForToggle(page);
  page.off('request', record);
  return scripts;
}

test('only /search/ loads script files; the toggle is the inline theme script on every page', async ({ page }) => {
  for (const type of PAGE_TYPES.filter((t) => t.name !== 'search')) {
    expect(await scriptsOf(page, type.path), type.name).toEqual([]);
  }
  const search = await scriptsOf(page, '/search/');
  expect(search.length).toBeGreaterThan(0);
  // Pagefind itself waits for a query.
  expect(search.filter((script) => script.includes('/pagefind/'))).toEqual([]);
});

test('SearchResults is our one client component, and its code is in what /search/ loads', async ({ page }, testInfo) => {
  // The build's route manifests name every client component; the server build keeps them in .next-server.
  test.skip(testInfo.project.name !== 'server', 'the manifests checked are those of the server build');
  const appDir = path.join(__dirname, '..', '.next-server', 'server', 'app');
  const manifests = readClientReferenceManifests(appDir);
  const own = new Set(manifests.flatMap((manifest) => ownClientModules(manifest).map((module) => module.path)));
  expect([...own]).toEqual(['components/SearchResults.tsx']);

  const search = await scriptsOf(page, '/search/?q=доверие');
  const sources = await Promise.all(search.map(async (script) => (await page.request.get(script)).text()));
  expect(ownModulesIn(manifests, sources)).toEqual(['components/SearchResults.tsx']);
});
