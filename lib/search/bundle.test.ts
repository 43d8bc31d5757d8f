import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundleVersionsIn, newBundleVersion, searchBundleUrl } from './bundle';

test('a version names a folder under /_next/static/pagefind/', () => {
  assert.equal(newBundleVersion(1_700_000_000_000), 'loyw3v28');
  assert.equal(searchBundleUrl('loyw3v28'), '/_next/static/pagefind/loyw3v28/pagefind.js');
});

test('a version that could leave its folder is refused', () => {
  assert.throws(() => searchBundleUrl('../x'), /invalid search bundle version/);
  assert.throws(() => searchBundleUrl(''), /invalid search bundle version/);
});

test('the versions a built page refers to are read back, once each', () => {
  const html =
    '<script>self.__next_f.push([1,"{\\"bundleUrl\\":\\"/_next/static/pagefind/abc123/pagefind.js\\"}"])</script>' +
    '<link href="/_next/static/pagefind/abc123/pagefind.js">';
  assert.deepEqual(bundleVersionsIn(html), ['abc123']);
  assert.deepEqual(bundleVersionsIn('<html><body>no search here</body></html>'), []);
});
