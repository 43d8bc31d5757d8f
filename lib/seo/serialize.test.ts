import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serializeJsonLd } from './serialize';

const HOSTILE = [
  '</script><script>alert(1)</script>',
  '</script ><script>alert(2)//',
  '</script/><script>alert(3)//',
  '</SCRIPT\t>',
  '<!-- x -->',
  'a & b',
  'line\u2028separator\u2029end',
];

test('no character that can end or comment a <script> survives', () => {
  for (const text of HOSTILE) {
    const out = serializeJsonLd({ name: text });
    assert.doesNotMatch(out, /[<>&\u2028\u2029]/, text);
  }
});

test('the escaped JSON still parses back to exactly the same value', () => {
  const value = { '@graph': HOSTILE.map((name, i) => ({ name, position: i, nested: [{ text: name }] })) };
  assert.deepEqual(JSON.parse(serializeJsonLd(value)), value);
});

test('escapes as \\uXXXX, which JSON and JS both read', () => {
  assert.equal(serializeJsonLd('</script>'), '"\\u003c/script\\u003e"');
  assert.equal(serializeJsonLd('a&b'), '"a\\u0026b"');
  assert.equal(serializeJsonLd('\u2028'), '"\\u2028"');
});
