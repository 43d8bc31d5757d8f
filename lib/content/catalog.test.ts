import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildCatalog, catalogFromSummaries } from './catalog';

describe('buildCatalog', () => {
  const catalog = buildCatalog([
    { filePath: 'content/blog/plain.md', source: '---\ntitle: "Обычный заголовок"\n---\nТекст' },
    {
      filePath: 'content/blog/folded.md',
      source: '---\ntitle: >-\n  Как быстро заблокировать\n  банковскую карту\ndescription: x\n---\nТекст',
    },
    { filePath: 'content/blog/2025/nested.md', source: '---\ntitle: "  С пробелами  "\n---\n' },
    { filePath: 'content/blog/untitled.md', source: '---\ndescription: без заголовка\n---\n' },
    { filePath: 'content/blog/numeric.md', source: '---\ntitle: 2025\n---\n' },
    { filePath: 'content/blog/nofm.md', source: '# Просто текст\n' },
  ]);

  test('maps every file to its slug', () => {
    assert.deepEqual([...catalog.keys()].sort(), ['folded', 'nested', 'nofm', 'numeric', 'plain', 'untitled']);
    assert.deepEqual(catalog.get('plain'), {
      slug: 'plain',
      title: 'Обычный заголовок',
      filePath: 'content/blog/plain.md',
      draft: false,
      publishedAt: null,
    });
  });

  test('knows each post\'s draft flag and publication date, for links to unpublished posts', () => {
    const withDates = buildCatalog([
      { filePath: 'content/blog/d.md', source: '---\ntitle: D\npubDate: "2025-07-26"\ndraft: true\n---\n' },
      { filePath: 'content/blog/s.md', source: '---\ntitle: S\npubDate: "2025-07-26"\ndraft: "да"\n---\n' },
    ]);
    assert.equal(withDates.get('d')?.draft, true);
    assert.equal(withDates.get('d')?.publishedAt, '2025-07-26T00:00:00+03:00');
    assert.equal(withDates.get('s')?.draft, false, 'only a real true is a draft; the checker reports the rest');
  });

  test('a folded >- title is its folded text', () => {
    assert.equal(catalog.get('folded')?.title, 'Как быстро заблокировать банковскую карту');
  });

  test('titles are trimmed; nested folders do not enter the slug', () => {
    assert.equal(catalog.get('nested')?.title, 'С пробелами');
    assert.equal(catalog.get('nested')?.filePath, 'content/blog/2025/nested.md');
  });

  test('a missing or non-string title is the empty string', () => {
    assert.equal(catalog.get('untitled')?.title, '');
    assert.equal(catalog.get('numeric')?.title, '');
    assert.equal(catalog.get('nofm')?.title, '');
  });
});

describe('catalogFromSummaries', () => {
  test('keeps drafts and scheduled posts, with the editor-facing file path', () => {
    const catalog = catalogFromSummaries(
      [
        { slug: 'a', title: 'A', draft: false, publishedAt: '2025-01-01T00:00:00+03:00' },
        { slug: 'b', title: 'B', draft: true, publishedAt: '2099-01-01T00:00:00+03:00' },
      ],
      { a: 'blog/a.md', b: 'blog/b.md' },
      'content',
    );
    assert.deepEqual([...catalog.keys()], ['a', 'b']);
    assert.deepEqual(catalog.get('b'), { slug: 'b', title: 'B', filePath: 'content/blog/b.md', draft: true, publishedAt: '2099-01-01T00:00:00+03:00' });
  });
});
