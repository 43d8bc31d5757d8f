import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildCatalog } from '../content/catalog';
import { RESERVED_PAGE_IDS } from '../page-ids';
import { renderPostBody } from './pipeline';

const ORIGIN = 'https://butlerspb-blog.netlify.app';
const catalog = buildCatalog([{ filePath: 'content/blog/uborka.md', source: '---\ntitle: "Уборка"\npubDate: "2025-07-01"\n---\n' }]);

function render(markdown: string) {
  return renderPostBody(markdown, { input: 'body', catalog, siteOrigins: [ORIGIN], contentDirPath: 'content', sourceFilePath: 'blog/a.md' });
}

describe('links that look like paths but lead to another host are external', () => {
  const cases: [string, string][] = [
    ['[x](//example.com/a)', '<a href="//example.com/a" rel="noopener noreferrer">x</a>'],
    ['<a href="//example.com/a">x</a>', '<a href="//example.com/a" rel="noopener noreferrer">x</a>'],
    ['<a href="/\\example.com/a">x</a>', '<a href="/\\example.com/a" rel="noopener noreferrer">x</a>'],
    ['<a href="\\\\example.com/a">x</a>', '<a href="\\\\example.com/a" rel="noopener noreferrer">x</a>'],
    ['<a href="//example.com/a" rel="nofollow">x</a>', '<a href="//example.com/a" rel="nofollow noopener noreferrer">x</a>'],
  ];
  for (const [markdown, html] of cases) {
    test(markdown, async () => assert.ok((await render(markdown)).html.includes(html), (await render(markdown)).html));
  }

  test('the site itself, written //host, stays internal; so do paths', async () => {
    const { html } = await render(`<a href="//butlerspb-blog.netlify.app/blog/uborka/">x</a> [y](/blog/uborka/) <a href="/blog/uborka">z</a> [w](../uborka/)`);
    assert.ok(!html.includes('rel='), html);
    // Valid links render as before: only Markdown links are written in the canonical form.
    assert.ok(html.includes('<a href="/blog/uborka">z</a>') && html.includes('<a href="../uborka/">w</a>'), html);
  });
});

describe('heading ids never take an id the page or its footnotes already have', () => {
  const headings = ['Content', 'site-search', 'related-heading', 'user-content-fn-1', 'user-content-fnref-1', 'user-content-footnote-label'];

  test('each such heading gets the next free number; footnote links reach their notes', async () => {
    const markdown = `${headings.map((h) => `## ${h}`).join('\n\n')}\n\n## Content 1\n\nТекст[^1].\n\n[^1]: Сноска.\n`;
    const { html, outline } = await render(markdown);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '');
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'ids are unique');
    for (const reserved of RESERVED_PAGE_IDS) assert.ok(!ids.includes(reserved), reserved);
    assert.deepEqual(outline.headings.map((h) => h.id), [
      'content-2',
      'site-search-1',
      'related-heading-1',
      'user-content-fn-1-1',
      'user-content-fnref-1-1',
      'user-content-footnote-label-1',
      'content-1',
    ]);
    for (const [, target] of html.matchAll(/<a href="#([^"]+)"[^>]*data-footnote-(?:ref|backref)/g)) {
      assert.ok(new RegExp(`<(li|a)\\b[^>]*\\sid="${target}"`).test(html), `#${target} leads to its note or reference`);
    }
  });

  test('other headings keep the ids they had', async () => {
    const { outline } = await render('## Раз\n\n## Раз\n\n<h2>Сырой</h2>\n');
    assert.deepEqual(outline.headings.map((h) => h.id), ['раз', 'раз-1', 'сырой']);
  });
});

describe("links to a renamed post's old address", () => {
  const renamed = buildCatalog([
    { filePath: 'content/blog/novoe.md', source: '---\ntitle: "Новое имя"\npubDate: "2025-07-01"\nredirectFrom: [staroe]\n---\n## Часть\n' },
  ]);
  const renderWith = (markdown: string) =>
    renderPostBody(markdown, { input: 'body', catalog: renamed, siteOrigins: [ORIGIN], contentDirPath: 'content', sourceFilePath: 'blog/a.md' });

  test('build without error and point at the new address, absolute ones on the site too; a broken text gets the title', async () => {
    const { html } = await renderWith(`[a](/blog/staroe/) [b](/blog/staroe#chast) [](${ORIGIN}/blog/staroe/) [>-](/blog/staroe/)`);
    assert.ok(html.includes('<a href="/blog/novoe/">a</a>'), html);
    assert.ok(html.includes('<a href="/blog/novoe/#chast">b</a>'), html);
    assert.equal([...html.matchAll(/<a href="\/blog\/novoe\/">Новое имя<\/a>/g)].length, 2, html);
    assert.ok(!html.includes('staroe'), html);
  });

  test('an unknown slug still fails the build', async () => {
    await assert.rejects(renderWith('[x](/blog/nikogda-ne-bylo/)'), /статьи «nikogda-ne-bylo» нет/);
  });
});
