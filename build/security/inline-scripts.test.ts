import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { inlineScriptHashes, inlineScripts, scriptHashSource } from './inline-scripts';

const page = (head: string, body = '') => `<!DOCTYPE html><html lang="ru"><head>${head}</head><body>${body}</body></html>`;

test('collects the inline scripts a browser runs, in document order', () => {
  const html = page(
    '<script>a()</script><script src="/x.js"></script><script type="module">b()</script>',
    '<script type="application/ld+json">{"@type":"Thing"}</script><script type="text/javascript">c()</script><script type="text/plain">d()</script>',
  );
  assert.deepEqual(inlineScripts(html), ['a()', 'b()', 'c()']);
});

test('a script ends where the HTML tokenizer ends it, whatever its JavaScript says', () => {
  // Next escapes "</script" inside its payload; text that looks like a tag inside a string is still script text.
  const html = page('<script>self.__next_f.push([1,"<div>\\u003c/script>"])</script>');
  assert.deepEqual(inlineScripts(html), ['self.__next_f.push([1,"<div>\\u003c/script>"])']);
});

test('scripts inside <template> are found too', () => {
  assert.deepEqual(inlineScripts(page('', '<template><script>t()</script></template>')), ['t()']);
});

test('the hash source is sha256 of the UTF-8 text, in base64, as CSP defines it', () => {
  const text = 'document.title="Привет"';
  const expected = createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64');
  assert.equal(scriptHashSource(text), `'sha256-${expected}'`);
  // The empty script's well-known hash.
  assert.equal(scriptHashSource(''), "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
});

test('a repeated script is named once', () => {
  const html = page('<script>x()</script>', '<script>x()</script><script>y()</script>');
  assert.deepEqual(inlineScriptHashes(html), [scriptHashSource('x()'), scriptHashSource('y()')]);
});

test('line breaks are hashed as the browser reads them: CR LF and CR become LF', () => {
  assert.deepEqual(inlineScripts(page('<script>a()\r\nb()\rc()</script>')), ['a()\nb()\nc()']);
});
