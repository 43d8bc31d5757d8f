import assert from 'node:assert/strict';
import { test } from 'node:test';
import { site } from '../site';
import { canResize } from '../images/hosts';
import { adminHeaders, adminPolicy, documentPolicy, headerPolicy, headerSets, otherPolicy, responseHeaders, SECURITY_HEADERS } from './policy';

const HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";
const ORIGINS = ['https://images.unsplash.com'];
const input = { scriptHashes: [HASH], imageOrigins: ORIGINS };

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

test('scripts: our files and the named inline scripts only, never unsafe-inline or eval', () => {
  assert.deepEqual(directives(documentPolicy(input)).get('script-src'), ["'self'", "'wasm-unsafe-eval'", HASH]);
});

test('everything else: self, images also from the configured hosts, no plugins, no <base>', () => {
  const policy = directives(documentPolicy(input));
  assert.deepEqual(policy.get('default-src'), ["'self'"]);
  assert.deepEqual(policy.get('style-src'), ["'self'"]);
  assert.deepEqual(policy.get('img-src'), ["'self'", 'https://images.unsplash.com']);
  assert.deepEqual(policy.get('object-src'), ["'none'"]);
  assert.deepEqual(policy.get('base-uri'), ["'none'"]);
  assert.deepEqual(policy.get('form-action'), ["'self'"]);
});

test('the page policy can go into a <meta>: no frame-ancestors there', () => {
  assert.ok(!documentPolicy(input).includes('frame-ancestors'));
});

test('the header part: the same limits on loading, no framing, and nothing that would block the inline scripts', () => {
  const header = directives(headerPolicy(ORIGINS));
  const page = directives(documentPolicy(input));
  assert.deepEqual(header.get('frame-ancestors'), ["'none'"]);
  assert.ok(!header.has('script-src') && !header.has('default-src') && !header.has('script-src-elem'));
  for (const [name, values] of header) if (name !== 'frame-ancestors') assert.deepEqual(values, page.get(name), name);
  assert.deepEqual(responseHeaders(ORIGINS), { ...SECURITY_HEADERS, 'Content-Security-Policy': headerPolicy(ORIGINS) });
});

test('nothing but hash sources and https origins gets in', () => {
  assert.throws(() => documentPolicy({ ...input, scriptHashes: ["'unsafe-inline'"] }), /CSP hash source/);
  assert.throws(() => documentPolicy({ ...input, scriptHashes: [`${HASH}; script-src *`] }), /CSP hash source/);
  assert.throws(() => headerPolicy(['*']), /https origin/);
  assert.throws(() => headerPolicy(['http://images.example.com']), /https origin/);
});

test('every allowed image origin is one the image loader knows how to resize', () => {
  for (const origin of site.imageOrigins) assert.ok(canResize(`${origin}/photo.jpg`), origin);
});

test('every other response: a script-src of our own files, no inline script, and the page\'s limits on the rest', () => {
  const other = directives(otherPolicy(ORIGINS));
  const header = directives(headerPolicy(ORIGINS));
  assert.deepEqual(other.get('script-src'), ["'self'", "'wasm-unsafe-eval'"]);
  assert.deepEqual(other.get('default-src'), ["'self'"]);
  for (const [name, values] of header) assert.deepEqual(other.get(name), values, name);
  assert.deepEqual(responseHeaders(ORIGINS, 'other'), { ...SECURITY_HEADERS, 'Content-Security-Policy': otherPolicy(ORIGINS) });
});

const ADMIN = { imageOrigins: ORIGINS, oauthOrigin: 'https://auth.example.com' };

test("the admin's policy: exactly what Decap needs (found in Chromium), nothing inline but styles", () => {
  const admin = directives(adminPolicy(ADMIN));
  assert.deepEqual(Object.fromEntries(admin), {
    'default-src': ["'self'"],
    // ajv, Decap's config validator, compiles schemas with new Function; still no inline script.
    'script-src': ["'self'", "'unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'blob:', 'https://images.unsplash.com', 'https://avatars.githubusercontent.com'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", 'blob:', 'https://api.github.com', 'https://www.githubstatus.com', 'https://auth.example.com', 'http://127.0.0.1:*', 'http://localhost:*'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  });
});

test("the admin's headers: the site's, but a COOP that lets the login popup report back, its policy, and noindex", () => {
  const headers = adminHeaders(ADMIN);
  assert.equal(headers['Cross-Origin-Opener-Policy'], 'same-origin-allow-popups');
  assert.equal(headers['X-Robots-Tag'], 'noindex, nofollow');
  assert.equal(headers['Content-Security-Policy'], adminPolicy(ADMIN));
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (name !== 'Cross-Origin-Opener-Policy') assert.equal(headers[name], value, name);
});

test("the admin's OAuth origin is an https origin, or http on loopback only; image hosts as for pages", () => {
  assert.doesNotThrow(() => adminPolicy({ ...ADMIN, oauthOrigin: 'http://127.0.0.1:3000' }));
  for (const bad of ['http://auth.example.com', "https://a.example.com 'unsafe-inline'", 'https://a.example.com; script-src *', '*', "'self'"]) {
    assert.throws(() => adminPolicy({ ...ADMIN, oauthOrigin: bad }), /OAuth handler origin/, bad);
  }
  assert.throws(() => adminPolicy({ ...ADMIN, imageOrigins: ['*'] }), /https origin/);
});

test('the header sets: pages and other responses exactly as before, the admin its own', () => {
  const sets = headerSets({ imageOrigins: ORIGINS, admin: { oauthBaseUrl: ADMIN.oauthOrigin } });
  assert.deepEqual(sets.page, responseHeaders(ORIGINS, 'page'));
  assert.deepEqual(sets.other, responseHeaders(ORIGINS, 'other'));
  assert.deepEqual(sets.admin, adminHeaders(ADMIN));
  assert.equal(sets.page['Cross-Origin-Opener-Policy'], 'same-origin');
  assert.equal(sets.page['X-Robots-Tag'], undefined);
});
