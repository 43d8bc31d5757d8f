import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { joinedHeaders, parseHeadersFile, STATIC_HOSTS } from '../build/security/host-rules';
import { headerSets, SECURITY_HEADERS, type ResponseKind } from '../lib/security/policy';
import { site } from '../lib/site';
import { expect, test } from './fixtures';
import { SEED } from './posts';
import { freePort } from '../support/free-port';

/**
 * The admin's own headers on both outputs (lib/security/policy.ts,
 * adminHeaders), proof in Chromium that Decap works under its policy with
 * nothing reported, and that the static hosts' `_headers` gives the admin
 * exactly its headers and every other path exactly its own.
 */

const SETS = headerSets(site);
const root = path.resolve(__dirname, '..');

/** Every header of a set, as the response has it (names in lower case). */
function expectHeaders(headers: Record<string, string>, want: Readonly<Record<string, string>>, what: string): void {
  for (const [name, value] of Object.entries(want)) expect(headers[name.toLowerCase()], `${what}: ${name}`).toBe(value);
}

test.describe("the admin's headers", () => {
  test('/admin/ and its scripts: the admin policy, a COOP for the login popup, noindex', async ({ request }) => {
    for (const adminPath of ['/admin/', '/admin/admin.js', '/admin/decap/decap-cms.js']) {
      const response = await request.get(adminPath);
      expect(response.status(), adminPath).toBe(200);
      expectHeaders(response.headers(), SETS.admin, adminPath);
    }
    const headers = (await request.get('/admin/')).headers();
    expect(headers['cross-origin-opener-policy']).toBe('same-origin-allow-popups');
    expect(headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
  });

  test("pages and other files keep today's headers: no admin policy, no noindex", async ({ request }) => {
    for (const [pagePath, kind] of [
      ['/', 'page'],
      [SEED.path, 'page'],
      ['/rss.xml', 'other'],
      ['/logo.png', 'other'],
    ] as const) {
      const headers = (await request.get(pagePath)).headers();
      expectHeaders(headers, SETS[kind], pagePath);
      expect(headers['x-robots-tag'], pagePath).toBeUndefined();
      expect(headers['cross-origin-opener-policy'], pagePath).toBe(SECURITY_HEADERS['Cross-Origin-Opener-Policy']);
    }
  });
});

/** Waits until decap-server answers its `info` action (it has no GET route). */
async function untilListening(port: number, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`decap-server exited with ${server.exitCode}`);
    const answer = await fetch(`http://127.0.0.1:${port}/api/v1`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    }).catch(() => undefined);
    if (answer?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`decap-server did not answer on ${port}`);
}

test.describe('Decap under its policy, with decap-server on loopback', () => {
  let repo: string;
  let backend: ChildProcess;
  let port: number;

  test.beforeAll(async () => {
    // A copy: the admin writes into it (an upload), never into content/.
    repo = mkdtempSync(path.join(os.tmpdir(), 'admin-security-'));
    cpSync(path.join(root, 'content', 'blog'), path.join(repo, 'content', 'blog'), { recursive: true });
    cpSync(path.join(root, 'public', 'images'), path.join(repo, 'public', 'images'), { recursive: true });
    port = await freePort();
    // One Node process (tsx as a loader), so its pid is decap-server's.
    backend = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'decap-server.ts'), '--port', String(port), '--repo', repo], {
      cwd: root,
      stdio: 'inherit',
    });
    await untilListening(port, backend);
  });

  test.afterAll(() => {
    if (backend?.pid !== undefined && backend.exitCode === null) backend.kill('SIGTERM');
    if (repo) rmSync(repo, { recursive: true, force: true });
  });

  /**
   * Records every CSP violation in every frame and document of the page (the
   * preview is an about:srcdoc frame; a navigation starts a new document),
   * through a binding the page's policy cannot block.
   */
  async function recordViolations(page: Page): Promise<string[]> {
    const seen: string[] = [];
    await page.exposeBinding('__reportCsp', (source, text: string) => void seen.push(`${source.frame.url()}: ${text}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __reportCsp: (text: string) => void }).__reportCsp;
        report(`${event.effectiveDirective} refused ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
      });
    });
    return seen;
  }

  test('log in, open a post and its preview, upload a picture: nothing refused, nothing leaves loopback', async ({ page, externalRequests }) => {
    test.setTimeout(120_000);
    const violations = await recordViolations(page);
    const consoleErrors: string[] = [];
    page.on('console', (message) => void (message.type() === 'error' && consoleErrors.push(message.text())));
    await page.goto(`/admin/?backend=${port}`);
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.goto(`/admin/?backend=${port}#/collections/blog/entries/${SEED.slug}`);
    await expect(page.locator('input[value^="Доверие клиентов"]').first()).toBeVisible({ timeout: 30_000 });
    // The preview pane, Decap's frame with the post in it.
    await expect.poll(() => page.frames().some((frame) => frame.url() === 'about:srcdoc')).toBe(true);

    // The media library, from the list (the editor has no header).
    await page.goto(`/admin/?backend=${port}#/collections/blog`);
    await page.getByRole('button', { name: /Медиафайлы/ }).click();
    const upload = path.join(mkdtempSync(path.join(os.tmpdir(), 'admin-upload-')), 'Кухня сверху.jpg');
    cpSync(path.join(root, 'public', 'images', 'bank-card.jpg'), upload);
    await page.locator('input[type=file]').first().setInputFiles(upload);
    // Decap reads the upload back from its blob: URL and sends it to decap-server, which writes it.
    await expect.poll(() => existsSync(path.join(repo, 'public', 'images', 'kuhnya-sverhu.jpg')), { timeout: 30_000 }).toBe(true);
    rmSync(path.dirname(upload), { recursive: true, force: true });

    expect(violations).toEqual([]);
    expect(consoleErrors.filter((text) => /Content Security Policy|violates/i.test(text))).toEqual([]);
    expect(externalRequests).toEqual([]);
  });
});

/** Every file of a folder, relative, with `/` separators. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesUnder(path.join(dir, entry.name), rel) : [rel];
  });
}

test("out/_headers, read as Netlify and Cloudflare Pages read it: every path of the export gets exactly its kind's headers", () => {
  test.skip(test.info().project.name !== 'static', 'reads out/ from disk: once is enough');
  const out = path.join(root, 'out');
  const rules = parseHeadersFile(readFileSync(path.join(out, '_headers'), 'utf8'));
  expect(rules.length).toBeLessThanOrEqual(100);
  // The hosts' own configuration (headers, redirects, serve's config): read by the host, never served as files.
  const files = filesUnder(out).filter((file) => !['_headers', '_redirects', 'serve.json'].includes(file));
  const top = (file: string) => file.split('/')[0]!;
  const pageFolders = new Set(files.filter((file) => file.includes('/') && file.endsWith('.html')).map(top));
  // What each path is, said independently of the generator: a host matches paths, not file types.
  const kindOf = (file: string): ResponseKind =>
    top(file) === 'admin' && file.includes('/') ? 'admin' : file.includes('/') ? (pageFolders.has(top(file)) ? 'page' : 'other') : file.endsWith('.html') ? 'page' : 'other';
  const paths: [string, ResponseKind][] = [['/', 'page']];
  for (const file of files) {
    paths.push([`/${file}`, kindOf(file)]);
    if (file.endsWith('/index.html')) paths.push([`/${file.slice(0, -'index.html'.length)}`, kindOf(file)]);
  }
  expect(paths.some(([p, kind]) => p === '/admin/' && kind === 'admin')).toBe(true);
  expect(statSync(path.join(out, 'admin', 'index.html')).isFile()).toBe(true);
  const wrong: string[] = [];
  for (const host of STATIC_HOSTS) {
    for (const [requestPath, kind] of paths) {
      const got = joinedHeaders(host, rules, requestPath);
      if (JSON.stringify(Object.entries(got).sort()) !== JSON.stringify(Object.entries(SETS[kind]).sort())) wrong.push(`${host} ${requestPath} (${kind}): ${JSON.stringify(got)}`);
    }
  }
  expect(wrong.slice(0, 5), `${wrong.length} of ${paths.length * STATIC_HOSTS.length}`).toEqual([]);
});
