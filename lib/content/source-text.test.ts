import assert from 'node:assert/strict';
import { test } from 'node:test';
import matter from 'gray-matter';
import { decodeSource, normaliseNewlines } from './source-text';

const utf8 = (text: string) => new TextEncoder().encode(text);

test('newlines: CRLF and lone CR become LF, LF stays', () => {
  assert.equal(normaliseNewlines('a\r\nb\rc\nd\r\n'), 'a\nb\nc\nd\n');
});

test('gray-matter in this project reads newlines by the same rule as the check', () => {
  // packages/gray-matter-yaml-only has its own copy of the rule (it is plain JS in node_modules).
  for (const sample of ['a\r\nb', 'a\rb', '\r\n\r\n', 'x\n\ry', 'без перевода']) {
    assert.equal(matter.normaliseNewlines(sample), normaliseNewlines(sample), JSON.stringify(sample));
  }
});

test('UTF-8 with a BOM and CRLF decodes to the LF text', () => {
  assert.deepEqual(decodeSource(utf8('\uFEFF---\r\ntitle: Привет\r\n---\r\n')), { text: '---\ntitle: Привет\n---\n' });
});

test('UTF-16 (Notepad\'s «Юникод») is refused on line 1', () => {
  const bytes = Buffer.from('\uFEFF---\n', 'utf16le');
  const { problem } = decodeSource(bytes);
  assert.equal(problem?.line, 1);
  assert.match(problem?.message ?? '', /UTF-16/);
});

test('an invalid byte is reported on its line; a file of stray non-Cyrillic bytes gets the general message', () => {
  const bytes = Buffer.concat([utf8('---\ntitle: x\n---\n\nтекст '), Buffer.from([0x80, 0x81])]);
  const { problem } = decodeSource(bytes);
  assert.equal(problem?.line, 5);
  assert.match(problem?.message ?? '', /не читаются как текст UTF-8/);
});

test('a truncated multi-byte sequence is invalid', () => {
  const { problem } = decodeSource(Buffer.from([0x2d, 0xd0]));
  assert.ok(problem);
});
