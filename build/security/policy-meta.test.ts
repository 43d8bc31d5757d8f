import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanPage, withoutRanges } from '../page-scan';
import { policyPlace, withPolicyMeta } from './policy-meta';

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
  assert.throws(() => withPolicyMeta('<!DOCTYPE html><p>hi</p>', POLICY), /no <head> start tag/);
});

test('placed from the scan of the page before the runtime is cut out: the same place as in the page after', () => {
  const before =
    '<!DOCTYPE html><html><head><link rel="preload" as="script" href="/_next/static/chunks/a.js"/><meta charSet="utf-8"/><script src="/_next/static/chunks/b.js"></script><meta http-equiv="Content-Security-Policy" content="old"/></head><body></body></html>';
  const scan = scanPage(before);
  // The preload before <meta charset> and the chunk script.
  const removed = [scan.links[0]!, scan.scripts[0]!].map(({ start, end }) => ({ start, end }));
  const after = withoutRanges(before, removed);
  assert.equal(withPolicyMeta(after, POLICY, policyPlace(scan, removed)), withPolicyMeta(after, POLICY));
  assert.equal(
    withPolicyMeta(after, POLICY, policyPlace(scan, removed)),
    `<!DOCTYPE html><html><head><meta charSet="utf-8"/>${META}</head><body></body></html>`,
  );
});
