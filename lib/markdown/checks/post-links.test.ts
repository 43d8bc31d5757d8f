import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildCatalog } from '../../content/catalog';
import { ContentProblemsError } from '../../content/problems';
import { validateCorpus, type SourceFile } from '../../content/validate';
import { renderPostBody } from '../pipeline';

const ORIGIN = 'https://butlerspb-blog.netlify.app';

function post(body: string, extra = ''): string {
  return `---\ntitle: "Статья"\ndescription: "Описание."\npubDate: "2025-07-01"\n${extra}---\n${body}`;
}

/** A corpus of `a.md` with `body` beside a live post, a draft and a scheduled one. */
function corpus(body: string): SourceFile[] {
  return [
    { filePath: 'content/blog/a.md', source: post(body) },
    { filePath: 'content/blog/uborka-kvartiry.md', source: post('## Подготовка\n\nТекст.\n') },
    { filePath: 'content/blog/chernovik.md', source: post('Текст.\n', 'draft: true\n') },
    { filePath: 'content/blog/budushchaya.md', source: post('Текст.\n').replace('2025-07-01', '2099-01-01') },
  ];
}

/** `line value — message; expected` of every problem of a.md. */
function problemsOf(body: string): string[] {
  const files = corpus(body);
  return validateCorpus(files, { catalog: buildCatalog(files), siteOrigins: [ORIGIN], publicDir: 'public' })
    .filter((p) => p.file === 'content/blog/a.md')
    .map((p) => `${p.line} ${p.field} ${p.value} — ${p.message}; ${p.expected}`);
}

const MISSING = 'статьи «net-takoy» нет в content/blog; адрес существующей статьи вида /blog/<имя-файла>/';
const DRAFT = 'статья «chernovik» — черновик (draft: true), на сайте её нет; ссылка на опубликованную статью; ссылку на эту статью можно добавить, когда она выйдет';
const LATER = 'статья «budushchaya» выйдет только 1 января 2099 г., до тех пор ссылка будет вести в никуда; ссылка на опубликованную статью; ссылку на эту статью можно добавить, когда она выйдет';

describe('a link to a missing post is an error in every form the page has it', () => {
  const cases: [string, string, string][] = [
    ['a raw <a> tag', 'Текст <a href="/blog/net-takoy/">тег</a>.\n', '/blog/net-takoy/'],
    ['a reference link, quoted as its definition', 'Текст [ссылка][r].\n\n[r]: /blog/net-takoy/\n', '/blog/net-takoy/'],
    ['a relative ../x/', 'Текст [ссылка](../net-takoy/).\n', '../net-takoy/'],
    ['a raw <a> with an absolute URL on the site', `<a href="${ORIGIN}/blog/net-takoy">тег</a>\n`, `${ORIGIN}/blog/net-takoy`],
    ['/blog/x/index.html', '[ссылка](/blog/net-takoy/index.html)\n', '/blog/net-takoy/index.html'],
  ];
  for (const [name, body, value] of cases) {
    test(name, () => assert.deepEqual(problemsOf(body), [`6 ссылка ${value} — ${MISSING}`]));
  }

  test('a mistyped slug gets a suggestion', () => {
    assert.deepEqual(problemsOf('<a href="/blog/uborka-kvartry/">тег</a>\n'), [
      '6 ссылка /blog/uborka-kvartry/ — статьи «uborka-kvartry» нет в content/blog; адрес существующей статьи — возможно, /blog/uborka-kvartiry/',
    ]);
  });

  test('the page refuses it too, naming the line', async () => {
    const files = corpus('');
    await assert.rejects(
      renderPostBody('Текст.\n\n<a href="/blog/net-takoy/">тег</a> и [r][r]\n\n[r]: ../net-takoy/\n', {
        input: 'body',
        catalog: buildCatalog(files),
        siteOrigins: [ORIGIN],
        contentDirPath: 'content',
        sourceFilePath: 'blog/a.md',
      }),
      (error: unknown) => {
        assert.ok(error instanceof ContentProblemsError);
        assert.deepEqual(
          error.problems.map((p) => [p.file, p.line, p.value]),
          [
            ['content/blog/a.md', 3, '/blog/net-takoy/'],
            ['content/blog/a.md', 3, '../net-takoy/'],
          ],
        );
        return true;
      },
    );
  });
});

describe('a live post may not link to a draft or a later post, in any form', () => {
  test('raw tag, reference, relative link', () => {
    assert.deepEqual(problemsOf('<a href="/blog/chernovik/">тег</a>\n\n[x][r]\n\n[y](../budushchaya/)\n\n[r]: /blog/chernovik/\n'), [
      `6 ссылка /blog/chernovik/ — ${DRAFT}`,
      `8 ссылка /blog/chernovik/ — ${DRAFT}`,
      `10 ссылка ../budushchaya/ — ${LATER}`,
    ]);
  });

  test('index.html to a draft: both problems', () => {
    assert.deepEqual(problemsOf('[x](/blog/chernovik/index.html)\n'), [
      `6 ссылка /blog/chernovik/index.html — ${DRAFT}`,
      '6 ссылка /blog/chernovik/index.html — адрес с index.html: такой страницы на сайте нет, статья «chernovik» открывается по адресу /blog/chernovik/; адрес без index.html: /blog/chernovik/',
    ]);
  });
});

describe('fragments', () => {
  test('a same-page #fragment must name an element of the page', () => {
    assert.deepEqual(problemsOf('## Раздел\n\n[см. ниже](#net-takogo) и <a href="#razdel">тег</a>.\n'), [
      '8 ссылка #net-takogo — на этой странице нет заголовка с якорем #net-takogo; якорь одного из заголовков этой статьи, например #раздел',
      '8 ссылка #razdel — на этой странице нет заголовка с якорем #razdel; якорь одного из заголовков этой статьи, например #раздел',
    ]);
  });

  test('headings, footnotes, the page\'s own ids and #top are there', () => {
    assert.deepEqual(problemsOf('## Раздел\n\n[a](#раздел) [b](#top) [c](#content) [d](#) текст[^1]\n\n[^1]: Сноска.\n'), []);
  });

  test('a raw <h2> is a heading another post can link to', () => {
    const files: SourceFile[] = [
      { filePath: 'content/blog/a.md', source: post('[x](/blog/b/#сырой-заголовок)\n') },
      { filePath: 'content/blog/b.md', source: post('<h2>Сырой заголовок</h2>\n\nТекст.\n') },
    ];
    assert.deepEqual(validateCorpus(files, { catalog: buildCatalog(files), siteOrigins: [ORIGIN], publicDir: 'public' }), []);
  });

  test('a fragment of another post, linked by a raw tag or a relative address', () => {
    assert.deepEqual(problemsOf('<a href="/blog/uborka-kvartiry/#net">x</a> [y](../uborka-kvartiry/#podgotovka)\n'), [
      '6 ссылка /blog/uborka-kvartiry/#net — в статье «uborka-kvartiry» нет заголовка с якорем #net; якорь одного из заголовков этой статьи, например #подготовка',
      '6 ссылка ../uborka-kvartiry/#podgotovka — в статье «uborka-kvartiry» нет заголовка с якорем #podgotovka; якорь одного из заголовков этой статьи, например #подготовка',
    ]);
  });
});

describe('links that are not links to a post', () => {
  for (const href of ['//example.com/blog/net-takoy/', '/\\example.com/blog/net-takoy/', '\\\\example.com/blog/net-takoy/', 'https://example.com/blog/net-takoy/']) {
    test(`${href} is another site`, () => assert.deepEqual(problemsOf(`<a href="${href}">x</a>\n`), []));
  }

  test('//host in Markdown is another site too', () => assert.deepEqual(problemsOf('[y](//example.com/blog/net-takoy/)\n'), []));

  test('valid forms pass', () => {
    assert.deepEqual(problemsOf('<a href="/blog/uborka-kvartiry">x</a> [y](../uborka-kvartiry/) [z][r] [w](/blog/uborka-kvartiry/#подготовка)\n\n[r]: /blog/uborka-kvartiry/\n'), []);
  });
});
