import assert from 'node:assert/strict';
import { test } from 'node:test';
import { xmlError } from './xml-well-formed';

const bytes = (text: string) => new TextEncoder().encode(text);

test('well-formed XML with bound namespaces passes', () => {
  assert.equal(xmlError(bytes('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="urn:x"><dc:creator>А\tБ</dc:creator></rss>')), null);
});

test('what sax lets through is caught: forbidden control characters, in text and in CDATA', () => {
  assert.match(xmlError(bytes('<rss><title>Строка\u000bвторая</title></rss>')) ?? '', /disallowed character/);
  assert.match(xmlError(bytes('<rss><title><![CDATA[a\u0001b]]></title></rss>')) ?? '', /disallowed character/);
  assert.match(xmlError(bytes('<rss>\uffff</rss>')) ?? '', /disallowed character/);
});

test('unbound prefixes, broken nesting, bad UTF-8 and empty files fail', () => {
  assert.match(xmlError(bytes('<rss><dc:creator>x</dc:creator></rss>')) ?? '', /unbound namespace prefix/);
  assert.ok(xmlError(bytes('<rss><title>a</rss></title>')));
  assert.equal(xmlError(new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e])), 'not valid UTF-8');
  assert.match(xmlError(bytes('')) ?? '', /root element/);
});
