import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rendersClientModule, withoutReactRuntime } from './strip-runtime';

const page = `<!DOCTYPE html><html lang="ru"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/><link rel="preload" as="image" href="https://images.example/x.jpg"/><script src="/_next/static/chunks/c.js" async=""></script><script>(function(){document.documentElement.dataset.theme='light'})();</script><script src="/_next/static/chunks/poly.js" noModule=""></script></head><body><p>Текст — «статья»</p><script type="application/ld+json">{"name":"x"}</script><script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script><script>self.__next_f.push([1,"4:I[62474,[\\"$2\\"],\\"ThemeToggle\\"]"])</script><script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>`;

test('drops React runtime scripts, script preloads and the flight payload, nothing else', () => {
  assert.equal(
    withoutReactRuntime(page),
    `<!DOCTYPE html><html lang="ru"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/><link rel="preload" as="image" href="https://images.example/x.jpg"/><script>(function(){document.documentElement.dataset.theme='light'})();</script></head><body><p>Текст — «статья»</p><script type="application/ld+json">{"name":"x"}</script></body></html>`,
  );
});

test('a page without runtime is left as it is', () => {
  const plain = '<!DOCTYPE html><html><head></head><body><a href="/x/">x</a></body></html>';
  assert.equal(withoutReactRuntime(plain), plain);
});

test('a page is recognised by the flight rows of the client components it renders', () => {
  assert.equal(rendersClientModule(page, [62474]), true);
  assert.equal(rendersClientModule(page, [22016]), false);
  assert.equal(rendersClientModule(page, []), false);
});
