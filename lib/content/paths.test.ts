import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { BLOG_PREFIX, parsePostLink, postPath, slugFromFilePath } from './paths';

const ORIGIN = 'https://butlerspb-blog.netlify.app';

describe('slugFromFilePath', () => {
  test('the file name without extension', () => {
    assert.equal(slugFromFilePath('blog/doverie-klientov.md'), 'doverie-klientov');
    assert.equal(slugFromFilePath('content/blog/2025/investicii-arenda.md'), 'investicii-arenda');
    assert.equal(slugFromFilePath('blog\\windows.MD'), 'windows');
    assert.equal(slugFromFilePath('x.mdx'), 'x');
  });
});

describe('postPath', () => {
  test('has the /blog/ prefix and a trailing slash', () => {
    assert.equal(BLOG_PREFIX, '/blog/');
    assert.equal(postPath('doverie-klientov'), '/blog/doverie-klientov/');
  });
});

describe('parsePostLink', () => {
  test('relative post links with and without slash and fragment', () => {
    assert.deepEqual(parsePostLink('/blog/x/'), { slug: 'x', hash: '' });
    assert.deepEqual(parsePostLink('/blog/x'), { slug: 'x', hash: '' });
    assert.deepEqual(parsePostLink('/blog/x/#frag'), { slug: 'x', hash: '#frag' });
    assert.deepEqual(parsePostLink('/blog/x#frag'), { slug: 'x', hash: '#frag' });
  });

  test('a query string is accepted and dropped', () => {
    assert.deepEqual(parsePostLink('/blog/x/?utm=1#h'), { slug: 'x', hash: '#h' });
  });

  test('a percent-encoded slug is decoded', () => {
    assert.deepEqual(parsePostLink('/blog/%D0%B4%D0%BE%D0%BC/'), { slug: 'дом', hash: '' });
  });

  test('an absolute URL on an allowed origin is a post link', () => {
    assert.deepEqual(parsePostLink(`${ORIGIN}/blog/doverie-klientov/`, [ORIGIN]), { slug: 'doverie-klientov', hash: '' });
    assert.deepEqual(parsePostLink(`${ORIGIN}/blog/x#part`, [ORIGIN]), { slug: 'x', hash: '#part' });
  });

  test('an absolute URL on another origin, or with no origins allowed, is not', () => {
    assert.equal(parsePostLink('https://example.com/blog/x/', [ORIGIN]), null);
    assert.equal(parsePostLink('http://butlerspb-blog.netlify.app/blog/x/', [ORIGIN]), null);
    assert.equal(parsePostLink(`${ORIGIN}/blog/x/`), null);
  });

  test('an absolute URL on an allowed origin but outside /blog/ is not', () => {
    assert.equal(parsePostLink(`${ORIGIN}/about/`, [ORIGIN]), null);
  });

  for (const href of ['/about/', '/blog/', '/blog', '/blog/x/y/', 'blog/x/', '#frag', '', 'mailto:', 'mailto:info@butlerspb.ru', 'tel:+78120000000', 'javascript:alert(1)']) {
    test(`${JSON.stringify(href)} is not a post link`, () => {
      assert.equal(parsePostLink(href, [ORIGIN]), null);
    });
  }

  test('a malformed percent-escape does not throw', () => {
    // "/blog/100%/" is what an editor might type; decodeURIComponent throws URIError on it.
    assert.doesNotThrow(() => parsePostLink('/blog/100%/'));
  });
});
