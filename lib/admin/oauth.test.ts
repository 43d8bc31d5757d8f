import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import vm from 'node:vm';
import { startOAuthStub, type OAuthStub } from '../../support/oauth-stub';
import decapOAuth, { config as netlifyConfig } from '../../netlify/functions/decap-oauth';
import { site as realSite } from '../site';
import { finishLogin, handleOAuthRequest, handshakeScript, OAUTH_ENV, sameString, startLogin, type OAuthEnv, type OAuthSite } from './oauth';

const SITE_ORIGIN = 'https://blog.example';
const site: OAuthSite = {
  url: SITE_ORIGIN,
  admin: { oauthBaseUrl: SITE_ORIGIN, authEndpoint: 'api/auth' },
};
const START = `${SITE_ORIGIN}/api/auth/?provider=github&site_id=blog.example&scope=repo`;

let stub: OAuthStub;
let env: OAuthEnv;

before(async () => {
  stub = await startOAuthStub();
  env = { [OAUTH_ENV.clientId]: stub.clientId, [OAUTH_ENV.clientSecret]: stub.clientSecret, [OAUTH_ENV.providerUrl]: stub.url };
});
after(() => stub.close());
beforeEach(() => {
  stub.requests.length = 0;
});

/** A browser's view of one Set-Cookie: its value and attributes. */
function parseSetCookie(header: string): { name: string; value: string; attributes: Map<string, string> } {
  const [pair, ...attributes] = header.split(';').map((part) => part.trim());
  const [name, ...value] = pair!.split('=');
  return {
    name: name!,
    value: value.join('='),
    attributes: new Map(attributes.map((attribute) => {
      const [key, ...rest] = attribute.split('=');
      return [key!.toLowerCase(), rest.join('=')];
    })),
  };
}

function setCookies(response: Response): string[] {
  return response.headers.getSetCookie();
}

/** Start, then the stub's authorize step: the callback URL GitHub would send the popup to, and the cookie the browser keeps. */
async function authorize(startUrl = START): Promise<{ callbackUrl: string; cookie: string; state: string }> {
  const start = await startLogin(new Request(startUrl), env, site);
  assert.equal(start.status, 302);
  const cookie = parseSetCookie(setCookies(start)[0]!);
  const approved = await fetch(start.headers.get('location')!, { redirect: 'manual' });
  assert.equal(approved.status, 302);
  return { callbackUrl: approved.headers.get('location')!, cookie: `${cookie.name}=${cookie.value}`, state: cookie.value };
}

function scriptOf(html: string): string {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
  assert.equal(scripts.length, 1, 'one inline script');
  return scripts[0]!;
}

interface Posted {
  readonly message: unknown;
  readonly targetOrigin: unknown;
}

/**
 * Runs the page's script in a window with an opener, as a browser would, and
 * returns what it posted and a way to deliver a message event to it.
 */
function runScript(script: string, withOpener = true) {
  const posted: Posted[] = [];
  const listeners = new Set<(event: { origin: string; source: unknown; data: unknown }) => void>();
  const opener = { postMessage: (message: unknown, targetOrigin: unknown) => posted.push({ message, targetOrigin }) };
  const window = {
    opener: withOpener ? opener : null,
    addEventListener: (type: string, listener: (event: { origin: string; source: unknown; data: unknown }) => void) => {
      assert.equal(type, 'message');
      listeners.add(listener);
    },
    removeEventListener: (_type: string, listener: (event: { origin: string; source: unknown; data: unknown }) => void) => listeners.delete(listener),
  };
  vm.runInNewContext(script, { window });
  const deliver = (event: { origin: string; source: unknown; data: unknown }) => {
    for (const listener of [...listeners]) listener(event);
  };
  return { posted, opener, deliver };
}

describe('start', () => {
  test('redirects to the provider with the client id, the callback, the scope and a state that is also in the cookie', async () => {
    const response = await startLogin(new Request(START), env, site);
    assert.equal(response.status, 302);
    const location = new URL(response.headers.get('location')!);
    assert.equal(`${location.origin}${location.pathname}`, `${stub.url}/login/oauth/authorize`);
    assert.equal(location.searchParams.get('client_id'), stub.clientId);
    assert.equal(location.searchParams.get('redirect_uri'), `${SITE_ORIGIN}/api/auth/callback/`);
    assert.equal(location.searchParams.get('scope'), 'repo');
    const state = location.searchParams.get('state')!;
    assert.match(state, /^[A-Za-z0-9_-]{43}$/);
    assert.ok(!location.search.includes(stub.clientSecret), 'the secret is not in the URL');

    const cookies = setCookies(response);
    assert.equal(cookies.length, 1);
    const cookie = parseSetCookie(cookies[0]!);
    assert.equal(cookie.value, state);
    assert.equal(cookie.attributes.get('path'), '/api/auth/callback');
    assert.equal(cookie.attributes.get('max-age'), '600');
    assert.ok(cookie.attributes.has('httponly'));
    assert.equal(cookie.attributes.get('samesite'), 'Lax');
    assert.ok(cookie.attributes.has('secure'), 'Secure on an https site');

    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(response.headers.get('cross-origin-opener-policy'), 'unsafe-none');
  });

  test('every start gets a new state', async () => {
    const states = await Promise.all([1, 2, 3].map(async () => new URL((await startLogin(new Request(START), env, site)).headers.get('location')!).searchParams.get('state')));
    assert.equal(new Set(states).size, 3);
  });

  test('the cookie is not Secure only on plain http on loopback', async () => {
    const local: OAuthSite = { url: 'http://127.0.0.1:3000', admin: { ...site.admin, oauthBaseUrl: 'http://127.0.0.1:3000' } };
    const response = await startLogin(new Request('http://127.0.0.1:3000/api/auth/'), env, local);
    assert.ok(!parseSetCookie(setCookies(response)[0]!).attributes.has('secure'));
    const plainHttp: OAuthSite = { url: 'http://blog.example', admin: { ...site.admin, oauthBaseUrl: 'http://blog.example' } };
    const refused = await startLogin(new Request('http://blog.example/api/auth/'), env, plainHttp);
    assert.equal(refused.status, 500, 'plain http elsewhere is a configuration error, not a cookie without Secure');
    assert.equal(setCookies(refused).length, 0);
  });

  test('another provider or a malformed scope is refused', async () => {
    assert.equal((await startLogin(new Request(`${SITE_ORIGIN}/api/auth/?provider=gitlab`), env, site)).status, 400);
    assert.equal((await startLogin(new Request(`${SITE_ORIGIN}/api/auth/?scope=repo%26evil%3D1`), env, site)).status, 400);
    assert.equal((await startLogin(new Request(`${SITE_ORIGIN}/api/auth/?scope=public_repo`), env, site)).status, 302);
  });
});

describe('missing configuration', () => {
  test('names the missing variables, never a value, in Russian for the editor and English for the operator', async () => {
    for (const route of [startLogin, finishLogin]) {
      const response = await route(new Request(`${START}&code=x&state=y`), { [OAUTH_ENV.clientSecret]: 'top-secret-value' }, site);
      assert.equal(response.status, 500);
      const html = await response.text();
      assert.match(html, /Вход через GitHub не настроен/);
      assert.match(html, /DECAP_GITHUB_CLIENT_ID is not set/);
      assert.doesNotMatch(html, /DECAP_GITHUB_CLIENT_SECRET is not set/);
      assert.ok(!html.includes('top-secret-value'));
      assert.equal(setCookies(response).length, 0);
      assert.equal(stub.requests.length, 0);
    }
    const neither = await (await startLogin(new Request(START), {}, site)).text();
    assert.match(neither, /DECAP_GITHUB_CLIENT_ID is not set; DECAP_GITHUB_CLIENT_SECRET is not set/);
  });

  test('the page tells the opener too, so Decap shows the message on its login screen', async () => {
    const html = await (await startLogin(new Request(START), {}, site)).text();
    const { posted, opener, deliver } = runScript(scriptOf(html));
    deliver({ origin: SITE_ORIGIN, source: opener, data: 'authorizing:github' });
    assert.equal(posted.length, 2);
    const error = String(posted[1]!.message);
    assert.match(error, /^authorization:github:error:/);
    assert.match(JSON.parse(error.slice('authorization:github:error:'.length)).message, /DECAP_GITHUB_CLIENT_ID/);
  });
});

describe('callback', () => {
  test('happy path: the code is exchanged with the stub and the page posts the token to the site origin only', async () => {
    const { callbackUrl, cookie, state } = await authorize();
    assert.equal(new URL(callbackUrl).searchParams.get('state'), state);
    const response = await finishLogin(new Request(callbackUrl, { headers: { cookie } }), env, site);
    assert.equal(response.status, 200);

    const exchanges = stub.exchanges();
    assert.equal(exchanges.length, 1);
    const [exchange] = exchanges;
    assert.equal(exchange!.method, 'POST');
    assert.equal(exchange!.headers.accept, 'application/json');
    assert.deepEqual(exchange!.form, {
      client_id: stub.clientId,
      client_secret: stub.clientSecret,
      code: new URL(callbackUrl).searchParams.get('code'),
      redirect_uri: `${SITE_ORIGIN}/api/auth/callback/`,
    });

    const token = stub.tokens.at(-1)!;
    const html = await response.text();
    const script = scriptOf(html);
    assert.equal(html.split(token).length - 1, 1, 'the token is in the page once');
    assert.ok(script.includes(token), '…inside the script');

    const { posted, opener, deliver } = runScript(script);
    assert.deepEqual(posted, [{ message: 'authorizing:github', targetOrigin: SITE_ORIGIN }]);
    deliver({ origin: SITE_ORIGIN, source: opener, data: 'authorizing:github' });
    assert.equal(posted.length, 2);
    assert.equal(posted[1]!.targetOrigin, SITE_ORIGIN);
    assert.equal(posted[1]!.message, `authorization:github:success:${JSON.stringify({ token, provider: 'github' })}`);
    deliver({ origin: SITE_ORIGIN, source: opener, data: 'authorizing:github' });
    assert.equal(posted.length, 2, 'the token is posted once');

    // The page's own policy allows exactly this script.
    const hash = createHash('sha256').update(script).digest('base64');
    const csp = response.headers.get('content-security-policy')!;
    assert.match(csp, /^default-src 'none'; /);
    assert.ok(csp.includes(`script-src 'sha256-${hash}';`), csp);
    assert.ok(!csp.includes('unsafe-inline'));
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(response.headers.get('cross-origin-opener-policy'), 'unsafe-none');
    assert.equal(response.headers.get('x-frame-options'), 'DENY');

    const cleared = parseSetCookie(setCookies(response)[0]!);
    assert.equal(cleared.value, '');
    assert.equal(cleared.attributes.get('max-age'), '0');
    assert.equal(cleared.attributes.get('path'), '/api/auth/callback');
  });

  test('a foreign origin never gets the token: not as targetOrigin, not by answering the handshake', async () => {
    const { callbackUrl, cookie } = await authorize();
    const html = await (await finishLogin(new Request(callbackUrl, { headers: { cookie } }), env, site)).text();
    const token = stub.tokens.at(-1)!;
    const { posted, opener, deliver } = runScript(scriptOf(html));
    deliver({ origin: 'https://evil.example', source: opener, data: 'authorizing:github' });
    deliver({ origin: 'http://blog.example', source: opener, data: 'authorizing:github' });
    deliver({ origin: `${SITE_ORIGIN}:8443`, source: opener, data: 'authorizing:github' });
    // The right origin, but not the opener (another window of the site, or a frame).
    deliver({ origin: SITE_ORIGIN, source: {}, data: 'authorizing:github' });
    deliver({ origin: SITE_ORIGIN, source: opener, data: 'authorizing:gitlab' });
    assert.deepEqual(posted, [{ message: 'authorizing:github', targetOrigin: SITE_ORIGIN }]);
    assert.ok(posted.every((entry) => entry.targetOrigin === SITE_ORIGIN && !String(entry.message).includes(token)));
    // Without an opener it posts nothing at all.
    assert.deepEqual(runScript(scriptOf(html), false).posted, []);
  });

  test('a state that does not match the cookie: no token exchange, an error, the cookie cleared', async () => {
    const { callbackUrl, cookie } = await authorize();
    const forged = new URL(callbackUrl);
    const state = forged.searchParams.get('state')!;
    // One character off, at the end: a comparison that stops early would still see it.
    forged.searchParams.set('state', `${state.slice(0, -1)}${state.endsWith('A') ? 'B' : 'A'}`);
    const response = await finishLogin(new Request(forged, { headers: { cookie } }), env, site);
    assert.equal(response.status, 403);
    const html = await response.text();
    assert.match(html, /ответ GitHub не относится к этому входу/);
    assert.equal(stub.exchanges().length, 0);
    assert.equal(parseSetCookie(setCookies(response)[0]!).attributes.get('max-age'), '0');
    // The page tells the opener about the error, and only the error.
    const { posted, opener, deliver } = runScript(scriptOf(html));
    deliver({ origin: SITE_ORIGIN, source: opener, data: 'authorizing:github' });
    assert.match(String(posted[1]!.message), /^authorization:github:error:/);
  });

  test('a callback without a state, or a state without its cookie (forged from another browser), gets nothing', async () => {
    const { callbackUrl, cookie } = await authorize();
    const withoutState = new URL(callbackUrl);
    withoutState.searchParams.delete('state');
    assert.equal((await finishLogin(new Request(withoutState, { headers: { cookie } }), env, site)).status, 403);
    assert.equal((await finishLogin(new Request(callbackUrl), env, site)).status, 400);
    assert.equal(stub.exchanges().length, 0);
  });

  test('a missing code: no token exchange, an error', async () => {
    const { callbackUrl, cookie } = await authorize();
    const withoutCode = new URL(callbackUrl);
    withoutCode.searchParams.delete('code');
    const response = await finishLogin(new Request(withoutCode, { headers: { cookie } }), env, site);
    assert.equal(response.status, 400);
    assert.match(await response.text(), /GitHub не передал код входа/);
    assert.equal(stub.exchanges().length, 0);
  });

  test('a replayed callback gets nothing: the browser has dropped the cookie, and a kept cookie meets a spent code', async () => {
    const { callbackUrl, cookie } = await authorize();
    const first = await finishLogin(new Request(callbackUrl, { headers: { cookie } }), env, site);
    assert.equal(first.status, 200);
    const issued = stub.tokens.length;
    const token = stub.tokens.at(-1)!;
    // What the browser keeps after the first callback's Set-Cookie: Max-Age=0 deletes it.
    const jar = parseSetCookie(setCookies(first)[0]!);
    assert.equal(jar.attributes.get('max-age'), '0');
    const replay = await finishLogin(new Request(callbackUrl), env, site);
    assert.equal(replay.status, 400);
    const replayHtml = await replay.text();
    assert.match(replayHtml, /уже завершён или устарел/);
    assert.equal(stub.exchanges().length, 1, 'the replay reached no provider');
    // Someone who kept the old cookie gets the provider's refusal of the spent code, and no token.
    const kept = await finishLogin(new Request(callbackUrl, { headers: { cookie } }), env, site);
    assert.equal(kept.status, 502);
    const keptHtml = await kept.text();
    assert.match(keptHtml, /GitHub не выдал ключ доступа \(bad_verification_code\)/);
    assert.ok(!keptHtml.includes(token) && !replayHtml.includes(token));
    assert.equal(stub.tokens.length, issued, 'no second token');
  });

  test('the provider refusing the login: an error, no exchange, and its text is not echoed', async () => {
    const { callbackUrl, cookie } = await authorize();
    const denied = new URL(callbackUrl);
    denied.search = new URLSearchParams({ error: 'access_denied', state: denied.searchParams.get('state')! }).toString();
    const response = await finishLogin(new Request(denied, { headers: { cookie } }), env, site);
    assert.equal(response.status, 403);
    assert.match(await response.text(), /GitHub отказал во входе \(access_denied\)/);
    const hostile = new URL(denied);
    hostile.searchParams.set('error', '<img src=x onerror=alert(1)>');
    const html = await (await finishLogin(new Request(hostile, { headers: { cookie } }), env, site)).text();
    assert.ok(!html.includes('<img') && !html.includes('onerror'));
    assert.equal(stub.exchanges().length, 0);
  });

  test('an unreachable provider: an error page, not an exception', async () => {
    const { callbackUrl, cookie } = await authorize();
    const closed = await startOAuthStub();
    await closed.close();
    const response = await finishLogin(new Request(callbackUrl, { headers: { cookie } }), { ...env, [OAUTH_ENV.providerUrl]: closed.url }, site);
    assert.equal(response.status, 502);
    assert.match(await response.text(), /GitHub не ответил/);
  });
});

describe('the handshake script', () => {
  test('no message text can end the script element', () => {
    const script = handshakeScript(SITE_ORIGIN, 'authorization:github:success:{"token":"</script><script>alert(1)</script>"}');
    assert.ok(!/<\/?script/i.test(script));
    const { posted, opener, deliver } = runScript(script);
    deliver({ origin: SITE_ORIGIN, source: opener, data: 'authorizing:github' });
    assert.equal(posted[1]!.message, 'authorization:github:success:{"token":"</script><script>alert(1)</script>"}');
  });
});

describe('one entry point', () => {
  test('dispatches the callback by its path and refuses other methods', async () => {
    const start = await handleOAuthRequest(new Request(START), env, site);
    assert.equal(start.status, 302);
    const { callbackUrl, cookie } = await authorize();
    const withoutSlash = callbackUrl.replace('/callback/?', '/callback?');
    assert.equal((await handleOAuthRequest(new Request(withoutSlash, { headers: { cookie } }), env, site)).status, 200);
    assert.equal((await handleOAuthRequest(new Request(START, { method: 'POST' }), env, site)).status, 405);
  });
});

test('sameString compares whole strings', () => {
  assert.ok(sameString('abc', 'abc'));
  assert.ok(!sameString('abc', 'abd'));
  assert.ok(!sameString('abc', 'abcd'));
  assert.ok(!sameString('abc', 'abc\0'), 'a NUL is not the end of a string');
  assert.ok(!sameString('', 'a'));
  assert.ok(sameString('', ''));
});

test('the site’s auth endpoint is where the server build’s route handlers are', () => {
  const root = path.resolve(__dirname, '..', '..');
  const folder = path.join(root, 'app', ...realSite.admin.authEndpoint.split('/'));
  assert.ok(existsSync(path.join(folder, 'route.server.ts')), 'start route');
  assert.ok(existsSync(path.join(folder, 'callback', 'route.server.ts')), 'callback route');
  assert.equal(realSite.admin.oauthBaseUrl, process.env.DECAP_OAUTH_BASE_URL ? new URL(process.env.DECAP_OAUTH_BASE_URL).origin : realSite.url);
});

test('the static host\'s function is the same handler, mounted at the site\'s auth endpoint', async () => {
  assert.deepEqual(netlifyConfig.path, [`/${realSite.admin.authEndpoint}`, `/${realSite.admin.authEndpoint}/*`]);
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const origin = realSite.admin.oauthBaseUrl;
    const start = await decapOAuth(new Request(`${origin}/${realSite.admin.authEndpoint}?provider=github&site_id=x&scope=repo`));
    assert.equal(start.status, 302);
    const cookie = parseSetCookie(setCookies(start)[0]!);
    const approved = await fetch(start.headers.get('location')!, { redirect: 'manual' });
    const callbackUrl = approved.headers.get('location')!;
    assert.equal(new URL(callbackUrl).origin + new URL(callbackUrl).pathname, `${origin}/${realSite.admin.authEndpoint}/callback/`);
    const done = await decapOAuth(new Request(callbackUrl, { headers: { cookie: `${cookie.name}=${cookie.value}` } }));
    assert.equal(done.status, 200);
    const { posted, opener, deliver } = runScript(scriptOf(await done.text()));
    deliver({ origin: realSite.url, source: opener, data: 'authorizing:github' });
    assert.equal(posted[1]!.targetOrigin, realSite.url);
    assert.ok(String(posted[1]!.message).includes(stub.tokens.at(-1)!));
  } finally {
    for (const name of Object.values(OAUTH_ENV)) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  }
});
