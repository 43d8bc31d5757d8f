import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { buildCatalog } from '../content/catalog';
import { site } from '../site';
import { renderPostBody } from './pipeline';
import { normalisePlaceholder } from './remark-placeholders';
import { validatePostFile } from '../content/validate';

const catalog = buildCatalog([]);
const render = (markdown: string) =>
  renderPostBody(markdown, { catalog, siteOrigins: [], contentDirPath: 'content', sourceFilePath: 'blog/x.md' });

test('the seed’s two placeholders become a button and a link from the site configuration', async () => {
  const seed = readFileSync(path.join(__dirname, '..', '..', 'content', 'blog', 'doverie-klientov.md'), 'utf8');
  const { html } = await renderPostBody(seed, {
    catalog: buildCatalog(
      ['investicii-arenda', 'kak-bystro-zablokirovat-kartu-i-kuda-obraschatsya-za-pomoschyu', 'agentstvo-nedvizhimosti-sdat-kvartiru-v-sankt-peterburge'].map(
        (slug) => ({ filePath: `content/blog/${slug}.md`, source: '---\ntitle: "T"\n---\n' }),
      ),
    ),
    siteOrigins: [],
    contentDirPath: 'content',
  });
  assert.match(html, /<p class="cta"><a href="https:\/\/butlerspb\.ru\/#calculator" class="cta-button" rel="noopener noreferrer">Рассчитать стоимость<\/a><\/p>/);
  assert.match(html, /<p class="cta"><a href="https:\/\/butlerspb\.ru\/contacts" class="cta-link" rel="noopener noreferrer">Перейти на страницу контактов<\/a><\/p>/);
  assert.doesNotMatch(html, /\[Кнопка|\[Ссылка на страницу/);
});

test('quotes and case do not matter; bracketed text inside prose is not a placeholder', async () => {
  const { html } = await render('_[кнопка: «Рассчитать  стоимость»]_\n\nТекст [в скобках] остаётся.\n');
  assert.match(html, /class="cta-button"/);
  assert.match(html, /Текст \[в скобках\] остаётся\./);
});

test('an unknown placeholder fails with the file, the line and the known ones', async () => {
  await assert.rejects(render('Текст.\n\n**[Кнопка: "Купить"]**\n'), (error: Error) => {
    assert.match(error.message, /content\/blog\/x\.md:3 плейсхолдер: «\[Кнопка: "Купить"\]» — неизвестный плейсхолдер/);
    assert.match(error.message, /ожидается один из: \[Кнопка: "Рассчитать стоимость"\], \[Ссылка на страницу контактов\]/);
    return true;
  });
});

test("an editor's HTML cannot make a call to action: the CTA classes are only ours", async () => {
  const { html } = await render(
    '<p class="cta evil"><a class="cta-button x" href="https://e.test/" onclick="x()">a</a></p>\n\n' +
      'Текст и <a class="cta-link" href="https://e.test/">ссылка</a>.\n\n**[Кнопка: "Рассчитать стоимость"]**\n',
  );
  assert.doesNotMatch(html, /evil|onclick/);
  // The one CTA is the placeholder's, to the configured address; the editor's links are plain links.
  assert.deepEqual([...html.matchAll(/class="([^"]*)"/g)].map((m) => m[1]), ['cta', 'cta-button']);
  assert.match(html, /<p><a href="https:\/\/e\.test\/" rel="noopener noreferrer">a<\/a><\/p>/);
  assert.match(html, /<a href="https:\/\/e\.test\/" rel="noopener noreferrer">ссылка<\/a>/);
});

test('normalisePlaceholder folds quotes, spaces and case', () => {
  assert.equal(normalisePlaceholder(' Кнопка:  «Рассчитать стоимость» '), normalisePlaceholder(site.placeholders[0]!.text));
});

test('a known placeholder inside a sentence: the page keeps the text, check:content warns', async () => {
  const markdown = 'Звоните: [Ссылка на страницу контактов], мы ответим.\n\nА [просто скобки] — без предупреждения.\n';
  const { html } = await render(markdown);
  assert.match(html, /Звоните: \[Ссылка на страницу контактов\], мы ответим\./);
  const problems = validatePostFile(
    { filePath: 'content/blog/x.md', source: `---\ntitle: "Статья"\ndescription: "Описание."\npubDate: "2025-07-01"\n---\n${markdown}` },
    { catalog, siteOrigins: [], publicDir: 'public' },
  );
  assert.deepEqual(
    problems.map((p) => [p.line, p.field, p.value, p.severity]),
    [[6, 'плейсхолдер', '[Ссылка на страницу контактов]', 'warning']],
  );
  assert.match(problems[0]?.message ?? '', /^плейсхолдер внутри абзаца не станет кнопкой/);
});
