import type { BrowserContext, ConsoleMessage, Page, Response } from '@playwright/test';
import { OAUTH_ENV } from '../lib/admin/oauth';
import { startOAuthStub, type OAuthStub } from '../support/oauth-stub';
import { startProductionServer, type ProductionServer } from '../support/production-server';
import { expect, test } from './fixtures';

/**
 * Decap's GitHub login through the server build's OAuth handler
 * (app/api/auth/, lib/admin/oauth.ts), in Chromium, offline: a production
 * server of its own (scripts/server.ts, with the OAuth variables set and the
 * provider pointed at a stub on 127.0.0.1), and an opener page that does
 * what Decap's login does (decap-cms-lib-auth, netlify-auth.js): open the
 * popup at `<base_url>/<auth_endpoint>?provider=github&site_id=…&scope=repo`,
 * echo the popup's `authorizing:github` from base_url, then take
 * `authorization:github:success:{…}` from base_url. The opener pages are
 * answered by the test (context.route) under the site's origin, and under
 * another origin (`localhost` instead of `127.0.0.1`) that must get nothing.
 * Server build only: the static export has no handler (a static host runs it
 * as a function, covered by lib/admin/oauth.test.ts).
 */

const PORT = Number(process.env.E2E_OAUTH_PORT ?? 3190);
const STUB_PORT = Number(process.env.E2E_OAUTH_STUB_PORT ?? 3191);
const SITE = `http://127.0.0.1:${PORT}`;
const FOREIGN = `http://localhost:${PORT}`;
const OPENER_PATH = '/e2e-oauth-opener/';

/** Decap's side of the handshake (netlify-auth.js), recording every message it gets. */
function openerPage(baseUrl: string): string {
  const script = `
    window.received = [];
    window.result = null;
    var base = ${JSON.stringify(baseUrl)};
    var popup;
    window.addEventListener('message', function (e) { window.received.push({ origin: e.origin, data: String(e.data) }); });
    function authorize(e) {
      if (e.origin !== base) return;
      var success = 'authorization:github:success:', error = 'authorization:github:error:';
      if (e.data.indexOf(success) === 0) { window.result = { ok: JSON.parse(e.data.slice(success.length)) }; popup.close(); }
      if (e.data.indexOf(error) === 0) { window.result = { error: JSON.parse(e.data.slice(error.length)) }; popup.close(); }
    }
    function handshake(e) {
      if (e.data === 'authorizing:github' && e.origin === base) {
        window.removeEventListener('message', handshake);
        window.addEventListener('message', authorize);
        popup.postMessage(e.data, e.origin);
      }
    }
    window.addEventListener('message', handshake);
    document.getElementById('login').addEventListener('click', function () {
      popup = window.open(base + '/api/auth?provider=github&site_id=blog.example&scope=repo', 'Netlify Authorization', 'width=960,height=600');
      // A hostile opener also pushes the handshake's echo at the popup, to anyone.
      if (location.origin !== base) window.spam = setInterval(function () { try { popup.postMessage('authorizing:github', '*'); } catch (_) {} }, 50);
    });`;
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>opener</title></head><body><button id="login">Войти через GitHub</button><script>${script}</script></body></html>`;
}

/** Serves the opener page at OPENER_PATH on both origins (the server has no such page). */
async function routeOpeners(context: BrowserContext): Promise<void> {
  for (const origin of [SITE, FOREIGN]) {
    await context.route(`${origin}${OPENER_PATH}`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: openerPage(SITE) }),
    );
  }
}

/** Clicks the opener's login button and returns the popup. */
async function logIn(page: Page): Promise<Page> {
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Войти через GitHub' }).click();
  return popup;
}

let stub: OAuthStub;
let server: ProductionServer;
/** Every URL any page of the test requested, the popup's included. */
let requested: string[];
/** Every response any page of the test got, the popup's included. */
let responses: Response[];
/** The popup's console, from its first page on. */
let popupConsole: string[];

function callbackResponse(): Response | undefined {
  return responses.find((response) => response.url().startsWith(`${SITE}/api/auth/callback/`));
}

// One worker, in order (one stub and one server on fixed ports); a failing test does not skip the rest.
test.describe.configure({ mode: 'default' });

test.beforeAll(async ({}, testInfo) => {
  test.skip(testInfo.project.name !== 'server', 'the OAuth handler is in the server build only');
  testInfo.setTimeout(90_000);
  stub = await startOAuthStub({ port: STUB_PORT });
  server = await startProductionServer(PORT, 60_000, {
    [OAUTH_ENV.clientId]: stub.clientId,
    [OAUTH_ENV.clientSecret]: stub.clientSecret,
    [OAUTH_ENV.providerUrl]: stub.url,
    SITE_URL: SITE,
  });
});

test.afterAll(async () => {
  server?.stop();
  await stub?.close();
});

test.beforeEach(async ({ context }) => {
  requested = [];
  responses = [];
  context.on('request', (request) => requested.push(request.url()));
  context.on('response', (response) => responses.push(response));
  popupConsole = [];
  context.on('console', (message: ConsoleMessage) => {
    if (!message.page()?.url().includes(OPENER_PATH)) popupConsole.push(message.text());
  });
  await routeOpeners(context);
});

test('the opener on the site origin gets the stub\'s token through the popup', async ({ page }) => {
  const exchangesBefore = stub.exchanges().length;
  await page.goto(`${SITE}${OPENER_PATH}`);
  const popup = await logIn(page);
  await expect.poll(() => page.evaluate(() => (window as unknown as { result: unknown }).result), { timeout: 20_000 }).not.toBeNull();

  const token = stub.tokens.at(-1)!;
  expect(stub.exchanges().length).toBe(exchangesBefore + 1);
  const result = await page.evaluate(() => (window as unknown as { result: unknown }).result);
  expect(result).toEqual({ ok: { token, provider: 'github' } });
  const received = await page.evaluate(() => (window as unknown as { received: { origin: string; data: string }[] }).received);
  expect(received.map((message) => message.origin)).toEqual([SITE, SITE]);
  expect(received[0]!.data).toBe('authorizing:github');
  expect(received[1]!.data).toBe(`authorization:github:success:${JSON.stringify({ token, provider: 'github' })}`);
  await expect.poll(() => popup.isClosed()).toBe(true);

  // The callback page carried its own policy: the script ran under its hash, and nothing was blocked.
  const headers = callbackResponse()!.headers();
  expect(headers['content-security-policy']).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/]+={0,2}'; /);
  expect(headers['cross-origin-opener-policy']).toBe('unsafe-none');
  expect(headers['cache-control']).toBe('no-store');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(popupConsole.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
  // The token was in no URL anything asked for.
  expect(requested.filter((url) => url.includes(token))).toEqual([]);
  expect(requested.some((url) => url.startsWith(`${stub.url}/login/oauth/authorize?`))).toBe(true);
});

test('an opener on another origin gets nothing, though the login itself went through', async ({ page }) => {
  const tokensBefore = stub.tokens.length;
  await page.goto(`${FOREIGN}${OPENER_PATH}`);
  const popup = await logIn(page);
  await popup.waitForURL(`${SITE}/api/auth/callback/**`);
  await expect(popup.getByRole('heading', { name: 'Вход выполнен' })).toBeVisible();
  expect(stub.tokens.length).toBe(tokensBefore + 1);
  const token = stub.tokens.at(-1)!;
  // The popup still has its opener: only the page's targetOrigin and its origin check keep the token from it.
  expect(await popup.evaluate(() => window.opener !== null)).toBe(true);
  // Give any message time to arrive while the opener keeps pushing the echo at the popup.
  await page.waitForTimeout(1_500);
  const received = await page.evaluate(() => (window as unknown as { received: { origin: string; data: string }[] }).received);
  expect(received).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { result: unknown }).result)).toBeNull();
  expect(requested.filter((url) => url.includes(token))).toEqual([]);
});

test('a replayed callback, once the login is done, gets an error and no token', async ({ page }) => {
  await page.goto(`${SITE}${OPENER_PATH}`);
  const popup = await logIn(page);
  await expect.poll(() => page.evaluate(() => (window as unknown as { result: unknown }).result), { timeout: 20_000 }).not.toBeNull();
  await expect.poll(() => popup.isClosed()).toBe(true);
  const callbackUrl = callbackResponse()!.url();
  const exchanges = stub.exchanges().length;
  const replay = await page.context().newPage();
  const response = await replay.goto(callbackUrl);
  expect(response?.status()).toBe(400);
  await expect(replay.getByRole('heading', { name: 'Не удалось войти' })).toBeVisible();
  expect(await replay.content()).not.toContain(stub.tokens.at(-1)!);
  expect(stub.exchanges().length).toBe(exchanges);
});

test('a forged callback (another state) and one without a code get an error and reach no token exchange', async ({ page }) => {
  const exchanges = stub.exchanges().length;
  // The browser's own start: the state cookie lands in the context's jar.
  const start = async () => {
    const response = await page.request.get(`${SITE}/api/auth/?provider=github&site_id=x&scope=repo`, { maxRedirects: 0 });
    expect(response.status()).toBe(302);
    return new URL(response.headers().location!).searchParams.get('state')!;
  };
  const state = await start();
  const forged = await page.request.get(`${SITE}/api/auth/callback/?code=stolen&state=${state.slice(1)}x`);
  expect(forged.status()).toBe(403);
  expect(await forged.text()).toContain('ответ GitHub не относится к этому входу');
  const fresh = await start();
  const withoutCode = await page.request.get(`${SITE}/api/auth/callback/?state=${fresh}`);
  expect(withoutCode.status()).toBe(400);
  expect(await withoutCode.text()).toContain('GitHub не передал код входа');
  expect(stub.exchanges().length).toBe(exchanges);
});

test('without the OAuth variables the handler says which are missing', async ({ request, baseURL }) => {
  test.skip(Boolean(process.env[OAUTH_ENV.clientId] || process.env[OAUTH_ENV.clientSecret]), 'the shared server has OAuth variables');
  // The shared e2e server is started without them.
  const response = await request.get(`${baseURL}/api/auth?provider=github&site_id=x&scope=repo`);
  expect(response.status()).toBe(500);
  const html = await response.text();
  expect(html).toContain('Вход через GitHub не настроен');
  expect(html).toContain(`${OAUTH_ENV.clientId} is not set; ${OAUTH_ENV.clientSecret} is not set`);
  expect(response.headers()['content-security-policy']).toMatch(/^default-src 'none'; script-src 'sha256-/);
});
