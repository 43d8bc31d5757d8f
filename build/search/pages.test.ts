import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasSearchBody, routeForHtmlFile } from './pages';

test('server-build and export file names map to the same trailing-slash URL', () => {
  assert.equal(routeForHtmlFile('blog/doverie-klientov.html'), '/blog/doverie-klientov/');
  assert.equal(routeForHtmlFile('blog/doverie-klientov/index.html'), '/blog/doverie-klientov/');
  assert.equal(routeForHtmlFile('blog\\doverie-klientov\\index.html'), '/blog/doverie-klientov/');
  assert.equal(routeForHtmlFile('index.html'), '/');
  assert.equal(routeForHtmlFile('page/2.html'), '/page/2/');
});

test('a page is indexed only when an element carries data-pagefind-body', () => {
  assert.equal(hasSearchBody('<article class="x" data-pagefind-body="true"><h1>T</h1></article>'), true);
  assert.equal(hasSearchBody('<article data-pagefind-body>'), true);
  assert.equal(hasSearchBody('<main><h1>Список статей</h1></main>'), false);
  // The attribute named in a script or in text is not the attribute.
  assert.equal(hasSearchBody('<script>self.__next_f.push([1,"{\\"data-pagefind-body\\":true}"])</script>'), false);
  assert.equal(hasSearchBody('<p>Атрибут data-pagefind-body включает поиск</p>'), false);
});
