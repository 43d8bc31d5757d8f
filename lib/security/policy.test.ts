import assert from 'node:assert/strict';
import { test } from 'node:test';
import { site } from '../site';
import { canResize } from '../images/hosts';
import { documentPolicy, FRAMING_POLICY, headerPolicy } from './policy';

const HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";
const input = { scriptHashes: [HASH], imageOrigins: ['https://images.unsplash.com'] };

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

test('scripts: our files and the named inline scripts only, never unsafe-inline or eval', () => {
  const scriptSrc = directives(documentPolicy(input)).get('script-src');
  assert.deepEqual(scriptSrc, ["'self'", "'wasm-unsafe-eval'", HASH]);
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

test('the document policy can go into a <meta>: no frame-ancestors; the header adds it', () => {
  assert.ok(!documentPolicy(input).includes('frame-ancestors'));
  assert.equal(headerPolicy(input), `${documentPolicy(input)}; ${FRAMING_POLICY}`);
  assert.equal(FRAMING_POLICY, "frame-ancestors 'none'");
});

test('nothing but hash sources and https origins gets in', () => {
  assert.throws(() => documentPolicy({ ...input, scriptHashes: ["'unsafe-inline'"] }), /CSP hash source/);
  assert.throws(() => documentPolicy({ ...input, scriptHashes: [`${HASH}; script-src *`] }), /CSP hash source/);
  assert.throws(() => documentPolicy({ ...input, imageOrigins: ['*'] }), /https origin/);
  assert.throws(() => documentPolicy({ ...input, imageOrigins: ['http://images.example.com'] }), /https origin/);
});

test('every host the image loader resizes on is an allowed image origin', () => {
  for (const origin of site.imageOrigins) assert.ok(canResize(`${origin}/photo.jpg`), origin);
  assert.ok(canResize('https://images.unsplash.com/x'));
  assert.ok(site.imageOrigins.includes('https://images.unsplash.com'));
});
