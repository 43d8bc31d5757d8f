import { statSync } from 'node:fs';
import path from 'node:path';
import type { APIResponse } from '@playwright/test';
import { SECURITY_HEADERS } from '../lib/security/policy';
import { policiesOf, sourcesFor } from './csp';
import { expect, test } from './fixtures';
import { SEED } from './posts';

/**
 * Every response carries the security headers and a script policy, whatever
 * the method, and however odd the request, on both outputs: the production
 * server (scripts/server.ts) and the static export under `serve`. A page's
 * script policy is its own <meta>; every other response has a script-src in
 * its header (lib/security/policy.ts).
 */

const PATHS = ['/', SEED.path, '/tags/', '/archive/', '/search/', '/takoy-stranitsy-net/', '/rss.xml', '/feed.json', '/feeds/tags/doverie-klientov/atom.xml', '/logo.png', `/og/${SEED.slug}/image.png`];
const METHODS = ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE'] as const;
const NOT_FOUND_HEADING = 'Страница не найдена';

/** The security headers, the header CSP's frame-ancestors, and at least one policy (header or the page's meta) that restricts scripts. */
async function expectSecured(response: APIResponse, what: string): Promise<string> {
  const headers = response.headers();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], `${what}: ${name}`).toBe(value);
  const header = headers['content-security-policy'];
  expect(header, `${what}: a CSP header`).toContain("frame-ancestors 'none'");
  const body = (await response.body()).toString('utf8');
  const html = /^text\/html\b/.test(headers['content-type'] ?? '') ? body : '';
  const scripting = policiesOf(header, html).filter((policy) => sourcesFor(policy, 'script-src-elem') !== undefined);
  expect(scripting.length, `${what}: a policy restricts scripts`).toBeGreaterThan(0);
  for (const policy of scripting) expect(sourcesFor(policy, 'script-src-elem'), what).not.toContain("'unsafe-inline'");
  return body;
}

test.describe('every response carries the policy', () => {
  test('methods other than GET and HEAD: 405 with Allow, or the same file with its policy', async ({ request }) => {
    for (const pagePath of PATHS) {
      const get = await request.get(pagePath);
      const expected = await get.body();
      for (const method of METHODS) {
        const what = `${method} ${pagePath}`;
        const withBody = method === 'POST' || method === 'PUT' || method === 'PATCH';
        const response = await request.fetch(pagePath, {
          method,
          maxRedirects: 0,
          ...(withBody ? { headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, data: 'name=value' } : {}),
        });
        const body = await expectSecured(response, what);
        if (response.status() === 405) {
          expect(response.headers().allow?.split(/,\s*/).sort(), what).toEqual(['GET', 'HEAD']);
          expect(body, what).not.toMatch(/\bat \S+:\d+:\d+/);
        } else {
          // A static server answers every method with the file: then it must be that very file.
          expect(response.status(), what).toBe(get.status());
          expect((await response.body()).equals(expected), `${what}: the same bytes as GET`).toBe(true);
        }
      }
    }
  });

  test('a cross-origin form that posts to a post page runs none of a fresh render’s inline scripts', async ({ page, baseURL }) => {
    // The attack of issue 10: another site auto-submits a form to one of our
    // pages. Next used to render it afresh, without the page's policy <meta>,
    // with React's inline flight scripts, which then ran.
    const target = new URL(SEED.path, baseURL).toString();
    const landed = page.waitForResponse((response) => response.url() === target && response.request().method() === 'POST');
    await page.setContent(`<form method="post" action="${target}"><input name="q" value="1"></form>`);
    await page.evaluate(() => document.forms[0]!.submit());
    const response = await landed;
    const body = await response.body();
    const headers = response.headers();
    const html = /^text\/html\b/.test(headers['content-type'] ?? '') ? body.toString('utf8') : '';
    const scripting = policiesOf(headers['content-security-policy'], html).filter((policy) => sourcesFor(policy, 'script-src-elem'));
    expect(scripting.length, 'the document is under a script policy').toBeGreaterThan(0);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => '__next_f' in window), 'React flight scripts ran').toBe(false);
  });

  const ODD = [
    { what: 'a page without its trailing slash', path: SEED.path.slice(0, -1), statuses: [200, 308] },
    { what: 'a page by its file name', path: `${SEED.path}index.html`, statuses: [200, 404] },
    { what: 'the 404 page by its file name', path: '/404.html', statuses: [200, 404] },
    { what: 'a post path that does not decode', path: '/blog/%ff/', statuses: [400, 404] },
    { what: 'a tag path that does not decode', path: '/tags/%ff/', statuses: [400, 404] },
    { what: 'an OG image path that does not decode', path: '/og/%ff/image.png', statuses: [400, 404] },
    { what: 'a page that does not exist', path: '/takoy-stranitsy-net/', statuses: [404] },
    { what: 'a file that does not exist', path: '/logo.pngx', statuses: [404] },
    { what: 'a folder of assets without an index', path: '/_next/static/', statuses: [404] },
    { what: 'a folder of pages without an index', path: '/blog/', statuses: [404] },
    { what: 'a folder of images without an index', path: '/og/', statuses: [404] },
  ] as const;

  for (const { what, path: oddPath, statuses } of ODD) {
    test(`${what} (${oddPath}): ${statuses.join(' or ')}, with the headers, never a listing`, async ({ request }) => {
      const response = await request.get(oddPath, { maxRedirects: 0 });
      expect(statuses as readonly number[]).toContain(response.status());
      const body = await expectSecured(response, oddPath);
      if (response.status() === 308) expect(response.headers().location).toBe(SEED.path);
      // serve's listing is titled "Files within …"; Next answers a folder under /_next/ with a plain "Not Found".
      expect(body).not.toMatch(/Files within|Index of \//);
      if (response.status() === 404 && /^text\/html\b/.test(response.headers()['content-type'] ?? '')) expect(body).toContain(NOT_FOUND_HEADING);
    });
  }

  test('a Range past the end of a file is 416 with its size, and with the headers', async ({ request }) => {
    const size = statSync(path.join(process.cwd(), 'public', 'logo.png')).size;
    const unsatisfiable = await request.get('/logo.png', { headers: { Range: `bytes=${size + 1000}-` } });
    expect(unsatisfiable.status()).toBe(416);
    expect(unsatisfiable.headers()['content-range']).toBe(`bytes */${size}`);
    await expectSecured(unsatisfiable, 'Range on /logo.png');
    const partial = await request.get('/logo.png', { headers: { Range: 'bytes=0-9' } });
    expect(partial.status()).toBe(206);
    expect((await partial.body()).length).toBe(10);
    // Next's own assets take the same way (/_next/static/).
    const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(await (await request.get('/')).text())?.[1];
    expect(stylesheet).toBeTruthy();
    const css = await request.get(stylesheet!, { headers: { Range: 'bytes=99999999-' } });
    expect(css.status()).toBe(416);
    await expectSecured(css, `Range on ${stylesheet}`);
  });

  test('a revisited page still runs its own scripts: a 304 does not replace its policy', async ({ page, request }) => {
    // A reload revalidates the cached page; its headers are updated from the 304's.
    const first = await request.get(SEED.path);
    const etag = first.headers()['etag'];
    if (etag) {
      const revalidated = await request.get(SEED.path, { headers: { 'If-None-Match': etag } });
      if (revalidated.status() === 304) expect(revalidated.headers()['content-security-policy'], '304: no CSP of its own').toBeUndefined();
    }
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(SEED.path);
    await page.reload();
    await page.goto('/');
    await page.goBack();
    await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
    expect(violations).toEqual([]);
  });

  test('an error of the server itself still carries the headers and no stack trace', async ({ request }) => {
    // Next 16.4 answers a failed If-Match on a public file with a 500 (it
    // renders /412, which an App Router site does not have); serve ignores
    // the header. Either way the answer is secured.
    const response = await request.get('/logo.png', { headers: { 'If-Match': '"no-such-version"' } });
    expect([200, 412, 500]).toContain(response.status());
    const body = await expectSecured(response, 'If-Match on /logo.png');
    expect(body).not.toMatch(/\bat \S+:\d+:\d+/);
  });
});
