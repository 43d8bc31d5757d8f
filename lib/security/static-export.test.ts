import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FRAMING_POLICY, SECURITY_HEADERS } from './policy';
import { headersFile, serveConfig, STATIC_HEADERS, withPolicyMeta } from './static-export';

const POLICY = "default-src 'self'; script-src 'self' 'sha256-abc='";
const PAGE = '<!DOCTYPE html><html lang="ru"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/a.css"/><script>x()</script></head><body></body></html>';
const META = `<meta http-equiv="Content-Security-Policy" content="${POLICY}"/>`;

test('the policy meta goes right after <meta charset>, before anything that loads or runs', () => {
  const out = withPolicyMeta(PAGE, POLICY);
  assert.equal(out, PAGE.replace('<meta charSet="utf-8"/>', `<meta charSet="utf-8"/>${META}`));
});

test('without a charset meta it opens the <head>', () => {
  const page = '<!DOCTYPE html><html><head><script>x()</script></head><body></body></html>';
  assert.equal(withPolicyMeta(page, POLICY), page.replace('<head>', `<head>${META}`));
});

test('running it again replaces the policy instead of adding a second one', () => {
  const once = withPolicyMeta(PAGE, POLICY);
  const twice = withPolicyMeta(once, "default-src 'none'");
  assert.equal(twice.match(/http-equiv="Content-Security-Policy"/g)?.length, 1);
  assert.ok(twice.includes(`content="default-src 'none'"`));
});

test('the policy text is escaped for an attribute', () => {
  assert.ok(withPolicyMeta(PAGE, 'a"b<c&d').includes('content="a&quot;b&lt;c&amp;d"'));
});

test('a page without <head> is an error, not a page without a policy', () => {
  assert.throws(() => withPolicyMeta('<p>hi</p>'.replace('<p>', '<!DOCTYPE html><p>'), POLICY), /no <head> start tag/);
});

test('_headers: one rule for every path with the shared headers and frame-ancestors', () => {
  const lines = headersFile().split('\n').filter((line) => line && !line.startsWith('#'));
  assert.equal(lines[0], '/*');
  assert.deepEqual(
    lines.slice(1),
    Object.entries({ ...SECURITY_HEADERS, 'Content-Security-Policy': FRAMING_POLICY }).map(([k, v]) => `  ${k}: ${v}`),
  );
});

test('serve.json carries the same headers for every file', () => {
  assert.deepEqual(serveConfig(), {
    headers: [{ source: '**', headers: Object.entries(STATIC_HEADERS).map(([key, value]) => ({ key, value })) }],
  });
});
