/**
 * The GitHub OAuth handler Decap CMS's `github` backend logs in through, as
 * plain Fetch-API functions (Request in, Response out, Web Crypto, global
 * fetch): the same code runs as the server build's route handlers
 * (app/api/auth/) and as the one function a static host needs
 * (netlify/functions/decap-oauth.ts, or a Cloudflare Worker).
 *
 * The flow, as Decap's popup expects it (decap-cms-lib-auth, netlify-auth.js):
 * 1. `GET <base_url>/<auth_endpoint>?provider=github&site_id=…&scope=repo`
 *    (start): a random `state` goes into a short-lived HttpOnly cookie scoped
 *    to the callback's path, and the popup is redirected to GitHub.
 * 2. GitHub redirects back to `<auth_endpoint>/callback/?code=…&state=…`
 *    (callback): the state must equal the cookie's, compared in constant
 *    time, and the cookie is cleared on every callback, so a replayed or
 *    forged callback finds no state and gets nothing. The code is exchanged
 *    for a token by a POST to GitHub from here (the secret never leaves).
 * 3. The callback answers a page whose one inline script does Decap's
 *    handshake with `window.opener`: it posts `authorizing:github`, waits for
 *    the opener to echo it, then posts `authorization:github:success:{…}`.
 *    Every message goes to the site's own origin only (targetOrigin, never
 *    "*"), and only a reply from that origin and from the opener counts.
 *
 * Where the token is: only in that script, which must carry it to
 * postMessage. It is never in a URL (the callback URL carries the one-time
 * code, already spent), never logged (this module logs nothing), and the
 * page is `Cache-Control: no-store`, `Referrer-Policy: no-referrer`, loads
 * nothing, and runs under its own CSP that allows exactly that script by its
 * sha256 (no 'unsafe-inline'). Reloading it or opening its source asks the
 * server again, which finds the state cookie gone and answers an error.
 *
 * Its pages carry their own security headers, COOP `unsafe-none` among them:
 * the site's `same-origin` would cut the popup off from `window.opener`. The
 * production server and next.config.ts leave these paths' headers alone
 * (lib/security/requests.ts, ownHeaders).
 */
import { SECURITY_HEADERS } from '../security/policy';
import { serializeJsonLd } from '../seo/serialize';
import type { SiteConfig } from '../site';

/** The environment variables the handler reads; names, never values, appear in its messages. */
export const OAUTH_ENV = {
  clientId: 'DECAP_GITHUB_CLIENT_ID',
  clientSecret: 'DECAP_GITHUB_CLIENT_SECRET',
  /** GitHub's web origin, for GitHub Enterprise or a test's stub provider. */
  providerUrl: 'DECAP_OAUTH_PROVIDER_URL',
} as const;

const DEFAULT_PROVIDER_URL = 'https://github.com';
/** The only provider this handler speaks to; Decap names it in the query and in every message. */
const PROVIDER = 'github';
const STATE_COOKIE = 'decap_oauth_state';
/** Long enough to log in to GitHub with a second factor, short enough that a forgotten popup's state expires. */
const STATE_MAX_AGE_SECONDS = 600;
const TOKEN_EXCHANGE_TIMEOUT_MS = 10_000;
/** GitHub scope names (`repo`, `public_repo`, `read:org`…), comma- or space-separated, as Decap's `auth_scope` passes them. */
const SCOPE = /^[a-z_:]+(?:[ ,][a-z_:]+)*$/;

export interface OAuthSettings {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Origin of the provider's authorize and token URLs. */
  readonly providerUrl: string;
  /** The origin of /admin/: the one origin the popup talks to. */
  readonly siteOrigin: string;
  /** The absolute redirect_uri, registered as the OAuth app's callback URL. */
  readonly callbackUrl: string;
  /** Whether the state cookie is `Secure`: everywhere but plain http on loopback. */
  readonly secureCookie: boolean;
}

/** The settings, or what is wrong with the configuration (variable names only). */
export type OAuthConfiguration =
  | { readonly ok: true; readonly settings: OAuthSettings }
  | { readonly ok: false; readonly problems: readonly string[] };

export type OAuthEnv = Readonly<Record<string, string | undefined>>;
/** What the handler reads of the site's configuration. */
export interface OAuthSite {
  readonly url: string;
  readonly admin: Pick<SiteConfig['admin'], 'oauthBaseUrl' | 'authEndpoint'>;
}

function isLoopback(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/** An https origin, or http on loopback (tests, a local stub); undefined otherwise. */
function originOf(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url)) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The handler's settings from the environment and the site configuration, read per request. */
export function oauthConfiguration(env: OAuthEnv, site: OAuthSite): OAuthConfiguration {
  const clientId = env[OAUTH_ENV.clientId]?.trim() ?? '';
  const clientSecret = env[OAUTH_ENV.clientSecret]?.trim() ?? '';
  const problems: string[] = [];
  if (!clientId) problems.push(`${OAUTH_ENV.clientId} is not set`);
  if (!clientSecret) problems.push(`${OAUTH_ENV.clientSecret} is not set`);
  const provider = originOf(env[OAUTH_ENV.providerUrl]?.trim() || DEFAULT_PROVIDER_URL);
  if (!provider) problems.push(`${OAUTH_ENV.providerUrl} is not an https URL`);
  const base = originOf(site.admin.oauthBaseUrl);
  if (!base) problems.push('site.admin.oauthBaseUrl (DECAP_OAUTH_BASE_URL or SITE_URL) is not an https URL');
  const siteOrigin = originOf(site.url);
  if (!siteOrigin) problems.push('site.url (SITE_URL) is not an https URL');
  if (problems.length > 0 || !provider || !base || !siteOrigin) return { ok: false, problems };
  const endpoint = site.admin.authEndpoint.replace(/^\/+|\/+$/g, '');
  return {
    ok: true,
    settings: {
      clientId,
      clientSecret,
      providerUrl: provider.href.replace(/\/+$/, ''),
      siteOrigin: siteOrigin.origin,
      callbackUrl: `${base.origin}/${endpoint}/callback/`,
      secureCookie: !(base.protocol === 'http:' && isLoopback(base)),
    },
  };
}

// --- the page ---------------------------------------------------------------

/** Escapes text for HTML content and attribute values; the page's only markup is ours. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

async function sha256Source(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `'sha256-${base64(new Uint8Array(digest))}'`;
}

/**
 * The handshake script. Its three values are JSON, escaped so no `<`, `>`
 * or `&` can end the element. It posts only to `origin`, and answers only a
 * message from `origin` that comes from the opener and echoes the handshake.
 */
export function handshakeScript(origin: string, message: string): string {
  const handshake = `authorizing:${PROVIDER}`;
  return [
    '(function () {',
    `  var origin = ${serializeJsonLd(origin)}, handshake = ${serializeJsonLd(handshake)}, message = ${serializeJsonLd(message)};`,
    '  var opener = window.opener;',
    '  if (!opener) return;',
    '  function reply(event) {',
    '    if (event.origin !== origin || event.source !== opener || event.data !== handshake) return;',
    "    window.removeEventListener('message', reply);",
    '    opener.postMessage(message, origin);',
    '  }',
    "  window.addEventListener('message', reply);",
    '  opener.postMessage(handshake, origin);',
    '})();',
  ].join('\n');
}

/** Headers of every response of the handler, besides its CSP. */
function handlerHeaders(csp: string): Headers {
  return new Headers({
    ...SECURITY_HEADERS,
    // The site's `same-origin` would put the popup in a browsing context group of its own, without window.opener.
    'Cross-Origin-Opener-Policy': 'unsafe-none',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'X-Robots-Tag': 'noindex',
    'Content-Security-Policy': csp,
  });
}

const NO_SCRIPT_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

interface PageContent {
  readonly status: number;
  /** For the editor, in Russian; also Decap's error message on the login screen. */
  readonly heading: string;
  readonly text: string;
  /** For the operator, in English: a configuration problem. */
  readonly operatorText?: string;
  /** The message the popup hands to the opener after the handshake. */
  readonly message: string;
}

async function page({ status, heading, text, operatorText, message }: PageContent, settings: { readonly siteOrigin: string } | undefined): Promise<Response> {
  // Without a known site origin there is no one to tell: the page only shows its text.
  const script = settings ? handshakeScript(settings.siteOrigin, message) : undefined;
  const html = [
    '<!doctype html>',
    '<html lang="ru">',
    '<head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Вход в админку</title></head>',
    '<body>',
    `<h1>${escapeHtml(heading)}</h1>`,
    `<p>${escapeHtml(text)}</p>`,
    operatorText ? `<p lang="en">${escapeHtml(operatorText)}</p>` : '',
    script === undefined ? '' : `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  const csp = script === undefined ? NO_SCRIPT_POLICY : `default-src 'none'; script-src ${await sha256Source(script)}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
  const headers = handlerHeaders(csp);
  headers.set('Content-Type', 'text/html; charset=utf-8');
  return new Response(html, { status, headers });
}

function errorPage(status: number, text: string, settings: OAuthSettings | undefined, operatorText?: string): Promise<Response> {
  const heading = 'Не удалось войти';
  return page({ status, heading, text, operatorText, message: `authorization:${PROVIDER}:error:${JSON.stringify({ message: `${heading}: ${text}` })}` }, settings);
}

function configurationPage(problems: readonly string[], site: OAuthSite): Promise<Response> {
  const origin = originOf(site.url);
  return page(
    {
      status: 500,
      heading: 'Вход через GitHub не настроен',
      text: 'Сообщите администратору сайта: на сервере не заданы настройки входа.',
      operatorText: `OAuth handler configuration: ${problems.join('; ')}. See README, "Admin login (GitHub OAuth)".`,
      message: `authorization:${PROVIDER}:error:${JSON.stringify({ message: `Вход через GitHub не настроен: ${problems.join('; ')}` })}`,
    },
    origin ? { siteOrigin: origin.origin } : undefined,
  );
}

// --- the state cookie -------------------------------------------------------

function cookiePath(settings: OAuthSettings): string {
  return new URL(settings.callbackUrl).pathname.replace(/\/+$/, '');
}

function stateCookie(settings: OAuthSettings, value: string, maxAge: number): string {
  return [
    `${STATE_COOKIE}=${value}`,
    `Path=${cookiePath(settings)}`,
    `Max-Age=${maxAge}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(settings.secureCookie ? ['Secure'] : []),
  ].join('; ');
}

/** The state cookie's value; the one cookie read here, so no cookie library. */
function cookieState(request: Request): string | undefined {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === STATE_COOKIE) return rest.join('=');
  }
  return undefined;
}

function randomState(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return base64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Constant-time string comparison. Node's crypto.timingSafeEqual is not in
 * every Fetch-API runtime (Workers, Deno), and Web Crypto has no equivalent.
 */
export function sameString(a: string, b: string): boolean {
  const left = new TextEncoder().encode(a);
  const right = new TextEncoder().encode(b);
  let difference = left.length ^ right.length;
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) difference |= (left[i] ?? 0) ^ (right[i] ?? 0);
  return difference === 0;
}

// --- the routes -------------------------------------------------------------

/** The start route: a fresh state in the cookie, and a redirect to the provider's authorize URL. */
export async function startLogin(request: Request, env: OAuthEnv, site: OAuthSite): Promise<Response> {
  const configuration = oauthConfiguration(env, site);
  if (!configuration.ok) return configurationPage(configuration.problems, site);
  const { settings } = configuration;
  const query = new URL(request.url).searchParams;
  const provider = query.get('provider') ?? PROVIDER;
  if (provider !== PROVIDER) return errorPage(400, `вход через «${provider}» не поддерживается, только через GitHub.`, settings);
  const scope = query.get('scope') ?? 'repo';
  if (!SCOPE.test(scope)) return errorPage(400, 'в адресе входа неверный список прав доступа (scope).', settings);
  const state = randomState();
  const authorize = new URL(`${settings.providerUrl}/login/oauth/authorize`);
  authorize.search = new URLSearchParams({ client_id: settings.clientId, redirect_uri: settings.callbackUrl, scope, state }).toString();
  const headers = handlerHeaders(NO_SCRIPT_POLICY);
  headers.set('Location', authorize.toString());
  headers.append('Set-Cookie', stateCookie(settings, state, STATE_MAX_AGE_SECONDS));
  return new Response(null, { status: 302, headers });
}

/** A token response's error code, if it is one GitHub's documented shape allows; never free text into the page. */
function providerError(value: unknown): string {
  return typeof value === 'string' && /^[a-z_]{1,64}$/.test(value) ? ` (${value})` : '';
}

type Exchange = { readonly token: string } | { readonly failure: string };

async function exchangeCode(settings: OAuthSettings, code: string): Promise<Exchange> {
  let response: Response;
  try {
    response = await fetch(`${settings.providerUrl}/login/oauth/access_token`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: settings.clientId, client_secret: settings.clientSecret, code, redirect_uri: settings.callbackUrl }),
      redirect: 'error',
      signal: AbortSignal.timeout(TOKEN_EXCHANGE_TIMEOUT_MS),
    });
  } catch {
    return { failure: 'GitHub не ответил на запрос ключа доступа. Попробуйте войти ещё раз.' };
  }
  const body: unknown = await response.json().catch(() => undefined);
  const fields = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const token = fields.access_token;
  if (response.ok && typeof token === 'string' && token.length > 0) return { token };
  return { failure: `GitHub не выдал ключ доступа${providerError(fields.error)}. Попробуйте войти ещё раз.` };
}

/**
 * The callback route: the state checked against the cookie (which every
 * callback clears), the code exchanged, and the handshake page with the
 * token, or with an error, for the opener.
 */
export async function finishLogin(request: Request, env: OAuthEnv, site: OAuthSite): Promise<Response> {
  const configuration = oauthConfiguration(env, site);
  if (!configuration.ok) return configurationPage(configuration.problems, site);
  const { settings } = configuration;
  const response = await callbackPage(request, settings);
  response.headers.append('Set-Cookie', stateCookie(settings, '', 0));
  return response;
}

async function callbackPage(request: Request, settings: OAuthSettings): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const expected = cookieState(request);
  const state = query.get('state');
  if (query.get('error')) {
    return errorPage(403, `GitHub отказал во входе${providerError(query.get('error'))}. Попробуйте войти ещё раз.`, settings);
  }
  if (!expected) {
    return errorPage(400, 'вход не был начат в этом браузере, уже завершён или устарел. Закройте окно и нажмите «Войти через GitHub» ещё раз.', settings);
  }
  if (!state || !sameString(state, expected)) {
    return errorPage(403, 'ответ GitHub не относится к этому входу. Закройте окно и нажмите «Войти через GitHub» ещё раз.', settings);
  }
  const code = query.get('code');
  if (!code) return errorPage(400, 'GitHub не передал код входа. Закройте окно и попробуйте ещё раз.', settings);
  const exchange = await exchangeCode(settings, code);
  if ('failure' in exchange) return errorPage(502, exchange.failure, settings);
  return page(
    {
      status: 200,
      heading: 'Вход выполнен',
      text: 'Это окно закроется само. Если нет, закройте его и вернитесь в админку.',
      message: `authorization:${PROVIDER}:success:${JSON.stringify({ token: exchange.token, provider: PROVIDER })}`,
    },
    settings,
  );
}

/**
 * Both routes behind one function, for a host that gives the handler one
 * entry point: the callback is `<authEndpoint>/callback`, with or without its
 * trailing slash; every other path under the endpoint is the start.
 */
export async function handleOAuthRequest(request: Request, env: OAuthEnv, site: OAuthSite): Promise<Response> {
  if (request.method !== 'GET') {
    return new Response('Метод не поддерживается: вход отвечает только на GET.\n', {
      status: 405,
      headers: { Allow: 'GET', 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  const callback = new URL(request.url).pathname.replace(/\/+$/, '').endsWith('/callback');
  return callback ? finishLogin(request, env, site) : startLogin(request, env, site);
}
