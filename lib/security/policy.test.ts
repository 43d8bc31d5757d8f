import assert from 'node:assert/strict';
import { test } from 'node:test';
import { site } from '../site';
import { canResize } from '../images/hosts';
import { documentPolicy, headerPolicy, otherPolicy, responseHeaders, SECURITY_HEADERS } from './policy';

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
