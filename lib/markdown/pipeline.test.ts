import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildCatalog, type PostCatalog } from '../content/catalog';
import { listMarkdownFiles } from '../content/content-files';
import { ContentProblemsError } from '../content/problems';
import { renderPostBody, type RenderedPost } from './pipeline';
import { isBrokenLinkText } from './remark-post-links';

const ROOT = path.resolve(__dirname, '../..');
const BLOG_DIR = path.join(ROOT, 'content/blog');
const SEED_PATH = path.join(BLOG_DIR, 'doverie-klientov.md');
const ORIGIN = 'https://butlerspb-blog.netlify.app';

const catalog: PostCatalog = buildCatalog(
  listMarkdownFiles(BLOG_DIR).map((filePath) => ({ filePath, source: readFileSync(filePath, 'utf8') })),
);

function render(markdown: string, sourceFilePath = 'blog/test.md'): Promise<RenderedPost> {
  return renderPostBody(markdown, { catalog, siteOrigins: [ORIGIN], contentDirPath: 'content', sourceFilePath });
}

/** The opening tag and contents of the first element `tag` with attribute id="…". */
function elementById(html: string, tag: string, id: string): string | undefined {
  const re = new RegExp(`<${tag} id="${id}">([\\s\\S]*?)</${tag}>`);
  return re.exec(html)?.[1];
}

function titleOf(slug: string): string {
  const title = catalog.get(slug)?.title;
  assert.ok(title, `catalog has a title for ${slug}`);
  return title;
}

describe('renderPostBody: the seed doverie-klientov.md', () => {
  let seed: RenderedPost;
  before(async () => {
    seed = await render(readFileSync(SEED_PATH, 'utf8'), 'blog/doverie-klientov.md');
  });

  test('the catalog knows the posts the seed links to', () => {
    for (const slug of ['doverie-klientov', 'investicii-arenda', 'kak-bystro-zablokirovat-kartu-i-kuda-obraschatsya-za-pomoschyu', 'agentstvo-nedvizhimosti-sdat-kvartiru-v-sankt-peterburge']) {
      assert.ok(catalog.has(slug), slug);
    }
  });

  test('the leading # heading becomes the headline and leaves the body', () => {
    assert.equal(seed.outline.headline, 'Доверие клиентов: 7 столпов, на которых ButlerSPB строит безупречный сервис');
    assert.ok(!/<h1[\s>]/.test(seed.html), 'no <h1> in the body');
    assert.ok(!seed.html.includes('7 столпов, на которых'), 'headline text is not repeated in the body');
    assert.ok(seed.html.trimStart().startsWith('<p>Доверие — это валюта'));
  });

  test('the frontmatter is not rendered into the body', () => {
    for (const fragment of ['pubDate', 'heroImage', 'aggregateRating', '@context', 'Эксперт ButlerSPB']) {
      assert.ok(!seed.html.includes(fragment), fragment);
    }
  });

  test('the link inside the "### Заключение" heading survives with nofollow noopener noreferrer', () => {
    const h3 = /<h3 id="заключение[^"]*">([\s\S]*?)<\/h3>/.exec(seed.html)?.[1];
    assert.ok(h3, 'the Заключение h3 exists');
    const a = /<a ([^>]*)>официальном сайте ButlerSPB<\/a>/.exec(h3);
    assert.ok(a, `link inside the h3: ${h3}`);
    assert.match(a[1]!, /href="https:\/\/butlerspb\.ru\/contacts"/);
    assert.match(a[1]!, /target="_blank"/);
    const rel = /rel="([^"]*)"/.exec(a[1]!)?.[1]?.split(/\s+/) ?? [];
    for (const token of ['nofollow', 'noopener', 'noreferrer']) assert.ok(rel.includes(token), `rel has ${token}: ${rel}`);
  });

  test('heading ids are derived from the Cyrillic text', () => {
    assert.equal(elementById(seed.html, 'h2', 'читайте-также'), 'Читайте также');
    assert.equal(
      elementById(seed.html, 'h2', 'столп-1-радикальная-прозрачность--фундамент-отношений'),
      'Столп №1: Радикальная прозрачность – фундамент отношений',
    );
    assert.equal(elementById(seed.html, 'h3', 'конфиденциальность'), 'Конфиденциальность');
    const ids = [...seed.html.matchAll(/<h[23] id="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    assert.deepEqual(seed.outline.headings.map((h) => h.id), ids);
  });

  test('"Читайте также": ">-" link texts become the target titles; the first link keeps its text', () => {
    const section = seed.html.slice(seed.html.indexOf('<h2 id="читайте-также">'));
    const links = [...section.matchAll(/<a href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(links, [
      ['/blog/investicii-arenda/', 'Инвестиции в арендную недвижимость с ButlerSPB'],
      [
        '/blog/kak-bystro-zablokirovat-kartu-i-kuda-obraschatsya-za-pomoschyu/',
        titleOf('kak-bystro-zablokirovat-kartu-i-kuda-obraschatsya-za-pomoschyu'),
      ],
      [
        '/blog/agentstvo-nedvizhimosti-sdat-kvartiru-v-sankt-peterburge/',
        titleOf('agentstvo-nedvizhimosti-sdat-kvartiru-v-sankt-peterburge'),
      ],
    ]);
    assert.ok(!seed.html.includes('&#x3E;-') && !seed.html.includes('&gt;-') && !/>>-</.test(seed.html));
  });

  test('internal /blog/ links carry no rel', () => {
    assert.ok(!/<a href="\/blog\/[^"]*" rel=/.test(seed.html));
  });

  test('outline sections: titles in order, 7 Столп sections with a first paragraph, Читайте также without', () => {
    const titles = seed.outline.sections.map((s) => s.title);
    assert.deepEqual(titles, [
      'Столп №1: Радикальная прозрачность – фундамент отношений',
      'Столп №2: Безопасность и проверка персонала – ваше спокойствие',
      'Столп №3: Стабильность качества – предсказуемый результат',
      'Столп №4: Безупречная коммуникация и сервис',
      'Столп №5: Железные гарантии – превращаем ошибки в возможности',
      'Столп №6: Социальные доказательства – мнение других',
      'Столп №7: Персонализация и лояльность – от клиента к партнеру',
      'Читайте также',
    ]);
    const withParagraph = seed.outline.sections.filter((s) => s.firstParagraph !== '');
    assert.equal(withParagraph.length, 7);
    withParagraph.forEach((s, i) => assert.ok(s.title.startsWith(`Столп №${i + 1}:`), s.title));
    assert.equal(seed.outline.sections.at(-1)?.firstParagraph, '');
    assert.equal(
      seed.outline.sections[0]?.firstParagraph,
      'Доверие начинается там, где нет недосказанности, скрытых условий и неприятных сюрпризов. Мы убеждены, что клиент должен иметь полную и ясную картину еще до начала нашего сотрудничества.',
    );
    assert.equal(seed.outline.sections[0]?.id, 'столп-1-радикальная-прозрачность--фундамент-отношений');
  });

  test('outline headings: h2 and h3 with depth, the link-bearing h3 as plain text', () => {
    assert.equal(seed.outline.headings.filter((h) => h.depth === 2).length, 8);
    assert.ok(seed.outline.headings.some((h) => h.depth === 3 && h.text === 'Заключение узнайте больше о странице контактов на официальном сайте ButlerSPB'));
  });

  test('word count covers the headline and body, not the frontmatter', () => {
    assert.ok(seed.outline.wordCount > 900 && seed.outline.wordCount < 1300, String(seed.outline.wordCount));
  });
});

describe('renderPostBody: body input (a generated document body.raw)', () => {
  test('the seed body alone renders exactly as the whole file does', async () => {
    const file = readFileSync(SEED_PATH, 'utf8');
    const body = file.replace(/^---\n[\s\S]*?\n---\n/, '');
    assert.notEqual(body, file);
    const options = { catalog, siteOrigins: [ORIGIN], contentDirPath: 'content', sourceFilePath: 'blog/doverie-klientov.md' };
    const fromBody = await renderPostBody(body, { ...options, input: 'body' });
    const fromFile = await renderPostBody(file, options);
    assert.equal(fromBody.html, fromFile.html);
    assert.deepEqual(fromBody.outline, fromFile.outline);
  });

  test('a body that opens with a --- rule keeps it and the text after it', async () => {
    const { html } = await renderPostBody('---\nНе frontmatter\n---\n\nТекст.\n', {
      catalog,
      siteOrigins: [ORIGIN],
      contentDirPath: 'content',
      input: 'body',
    });
    assert.match(html, /^<hr>/);
    assert.match(html, /Не frontmatter/);
    assert.match(html, /Текст\./);
  });
});

describe('renderPostBody: headline rule', () => {
  test('a body without a leading # has headline null', async () => {
    const r = await render('Просто абзац.\n\n## Раздел\n\nТекст.\n');
    assert.equal(r.outline.headline, null);
    assert.match(r.html, /^<p>Просто абзац\.<\/p>/);
  });

  test('a # heading that is not first is an h2, not the headline', async () => {
    const r = await render('Вступление.\n\n# Не первый\n');
    assert.equal(r.outline.headline, null);
    assert.match(r.html, /<h2 id="не-первый">Не первый<\/h2>/);
    assert.ok(!/<h1[\s>]/.test(r.html));
  });

  test('a later # heading after the leading one becomes an h2', async () => {
    const r = await render('# Заголовок\n\nТекст.\n\n# Ещё один\n\nТекст.\n');
    assert.equal(r.outline.headline, 'Заголовок');
    assert.ok(!/<h1[\s>]/.test(r.html));
    assert.match(r.html, /<h2 id="ещё-один">Ещё один<\/h2>/);
    assert.deepEqual(r.outline.sections.map((s) => s.title), ['Ещё один']);
  });

  test('frontmatter before the # heading does not stop it from being the headline', async () => {
    const r = await render('---\ntitle: "x"\npubDate: "2025-07-26"\n---\n# Заголовок\n\nТекст.\n');
    assert.equal(r.outline.headline, 'Заголовок');
    assert.ok(!r.html.includes('pubDate'));
  });
});

describe('renderPostBody: sanitizer', () => {
  const dangerous = [
    '<script>alert(1)</script>',
    '',
    '<iframe src="https://evil.example/"></iframe>',
    '',
    '<img src=x onerror=alert(1)>',
    '',
    '<a href="javascript:alert(1)">x</a>',
    '',
    '<div onclick="x">Блок</div>',
    '',
    '<style>body{display:none}</style>',
    '',
    '[y](javascript:alert(1))',
    '',
  ].join('\n');
  let html: string;
  before(async () => {
    html = (await render(dangerous)).html;
  });

  test('nothing executable reaches the html', () => {
    for (const bad of ['<script', 'alert(1)', '<iframe', 'evil.example', 'onerror', 'onclick', 'javascript:', '<style']) {
      assert.ok(!html.toLowerCase().includes(bad), `${bad} in ${html}`);
    }
  });

  test('the harmless parts survive', () => {
    assert.match(html, /<img src="x">/);
    assert.match(html, /<a>x<\/a>/);
    assert.match(html, /<div>Блок<\/div>/);
    assert.match(html, /<a>y<\/a>/);
  });

  test('ordinary markdown formatting survives', async () => {
    const r = await render('**жирный** *курсив* `код`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    assert.match(r.html, /<strong>жирный<\/strong>/);
    assert.match(r.html, /<em>курсив<\/em>/);
    assert.match(r.html, /<code>код<\/code>/);
    assert.match(r.html, /<table>/);
  });
});

describe('renderPostBody: hostile vectors the sanitiser blocks', () => {
  /** Each vector on its own, so one that slips through is named. */
  const vectors: Record<string, string> = {
    svg: '<svg onload="alert(1)"><script>alert(1)</script><a href="javascript:alert(1)"><text>svg</text></a><animate attributeName="href" to="javascript:alert(1)"/></svg>',
    math: '<math><mi xlink:href="javascript:alert(1)">math</mi><maction actiontype="statusline#http://evil.example/">x</maction></math>',
    foreignObject: '<svg><foreignObject><iframe srcdoc="<script>alert(1)</script>"></iframe><img src=x onerror=alert(1)></foreignObject></svg>',
    'iframe srcdoc': '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
    'details ontoggle': '<details open ontoggle="alert(1)"><summary>Подробнее</summary>Скрытый текст</details>',
    form: '<form action="https://evil.example/" method="post"><input name="card"><button formaction="javascript:alert(1)">Оплатить</button></form>',
    base: '<base href="https://evil.example/">',
    'meta refresh': '<meta http-equiv="refresh" content="0; url=https://evil.example/">',
    'entity-obfuscated javascript:': '<a href="&#106;avascript&#58;alert(1)">a</a> <a href="jav&#x09;ascript:alert(1)">b</a> <a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">c</a>',
    'whitespace-obfuscated javascript:': '<a href=" javascript:alert(1)">a</a> <a href="java\tscript:alert(1)">b</a> <a href="java\nscript:alert(1)">c</a> <a href="&#x01;javascript:alert(1)">d</a>',
    'markdown javascript: links': '[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](&#106;avascript:alert(1)) [d](<java\tscript:alert(1)>)\n\n![x](javascript:alert(1))',
  };
  // <input> is on GitHub's list as a task-list checkbox; the sanitiser makes every input a disabled one.
  const DANGEROUS = /<(script|svg|math|foreignobject|iframe|form|button|base|meta|animate|maction)\b|<input(?! name="[^"]*" disabled type="checkbox">)|\son[a-z]+=|srcdoc|formaction|http-equiv|javascript|&#|evil\.example|alert/i;

  for (const [name, markdown] of Object.entries(vectors)) {
    test(`${name}: no dangerous element, attribute or URL survives`, async () => {
      const { html } = await render(`${markdown}\n`);
      assert.doesNotMatch(html, DANGEROUS, html);
    });
  }

  test('what is harmless in them stays as text', async () => {
    const { html } = await render(`${vectors['details ontoggle']}\n\n${vectors.svg}\n`);
    assert.match(html, /<details open><summary>Подробнее<\/summary>Скрытый текст<\/details>/);
    assert.match(html, /svg/);
  });
});

describe("renderPostBody: editors' classes", () => {
  test('no class written in HTML survives, whatever element and whatever class', async () => {
    const { html } = await render(
      [
        '<h2 class="sr-only">Спрятанный заголовок</h2>',
        '',
        'Абзац с <span class="cta-button">кнопкой</span> и <code class="language-js">кодом</code>.',
        '',
        '<section class="footnotes" data-footnotes><ol class="contains-task-list"><li class="task-list-item">Пункт</li></ol></section>',
        '',
        '<div class="cta">',
        '',
        '**Markdown внутри HTML**',
        '',
        '</div>',
      ].join('\n'),
    );
    assert.doesNotMatch(html, /class=/, html);
    assert.match(html, /<h2 id="спрятанный-заголовок">Спрятанный заголовок<\/h2>/);
  });

  test('classes that markdown syntax makes stay: code language, task lists, footnotes', async () => {
    const { html } = await render('```js\nx\n```\n\n- [x] Готово\n\nТекст[^1]\n\n[^1]: Сноска.\n');
    assert.match(html, /<code class="language-js">/);
    assert.match(html, /<ul class="contains-task-list">/);
    assert.match(html, /<li class="task-list-item">/);
    assert.match(html, /<section data-footnotes="" class="footnotes"><h2 class="sr-only" id="user-content-footnote-label">Примечания<\/h2>/);
  });
});

describe('renderPostBody: footnotes', () => {
  const markdown = '## Раздел\n\nТекст[^1] и ещё[^note].\n\n[^1]: Первая сноска.\n[^note]: Вторая.\n';

  test('every footnote link has its target, prefixed once', async () => {
    const { html } = await render(markdown);
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const targets = [...html.matchAll(/ href="#([^"]+)"/g)].map((m) => m[1]!);
    assert.equal(targets.length, 4, html);
    for (const target of targets) assert.ok(ids.has(target), `#${target} has no element in:\n${html}`);
    assert.doesNotMatch(html, /user-content-user-content-/);
  });

  test('labels are Russian, and the footnotes are not a contents entry', async () => {
    const { html, outline } = await render(markdown);
    assert.match(html, />Примечания</);
    assert.match(html, /aria-label="Вернуться к тексту, к сноске 1"/);
    assert.doesNotMatch(html, /Footnotes|Back to reference/);
    assert.deepEqual(outline.headings.map((h) => h.text), ['Раздел']);
    assert.deepEqual(outline.sections.map((s) => s.title), ['Раздел']);
  });

  test("an editor's own id still gets the prefix", async () => {
    const { html } = await render('<p id="main">Текст</p>\n');
    assert.match(html, /<p id="user-content-main">/);
  });
});

describe('renderPostBody: links', () => {
  test('external links get rel="noopener noreferrer"; internal ones do not', async () => {
    const r = await render(
      `[внешняя](https://example.com/a) [внутренняя](/blog/investicii-arenda/) [абсолютная](${ORIGIN}/blog/investicii-arenda/#x) [главная](/)`,
    );
    assert.match(r.html, /<a href="https:\/\/example\.com\/a" rel="noopener noreferrer">внешняя<\/a>/);
    assert.match(r.html, /<a href="\/blog\/investicii-arenda\/">внутренняя<\/a>/);
    assert.match(r.html, /<a href="\/blog\/investicii-arenda\/#x">абсолютная<\/a>/);
    assert.match(r.html, /<a href="\/">главная<\/a>/);
  });

  test('a post link without the trailing slash is rewritten to the canonical path', async () => {
    const r = await render('[Инвестиции](/blog/investicii-arenda)');
    assert.match(r.html, /<a href="\/blog\/investicii-arenda\/">Инвестиции<\/a>/);
    assert.ok(!r.html.includes('href="/blog/investicii-arenda"'));
  });

  test('an empty link text is replaced by the target title too', async () => {
    const r = await render('[](/blog/investicii-arenda/)');
    assert.match(r.html, /<a href="\/blog\/investicii-arenda\/">Инвестиции в арендную недвижимость с ButlerSPB<\/a>/);
  });

  test('a dead /blog/ link rejects with the file path and the link', async () => {
    await assert.rejects(render('Текст [мёртвая](/blog/does-not-exist/)\n', 'blog/dead-link.md'), (error: unknown) => {
      assert.ok(error instanceof ContentProblemsError);
      assert.ok(error.message.includes('content/blog/dead-link.md'), error.message);
      assert.ok(error.message.includes('/blog/does-not-exist/'), error.message);
      assert.equal(error.problems.length, 1);
      assert.equal(error.problems[0]?.line, 1);
      return true;
    });
  });

  test('two dead links are reported together in one error', async () => {
    await assert.rejects(
      render(`[a](/blog/does-not-exist/)\n\n[b](${ORIGIN}/blog/also-missing)\n`, 'blog/two-dead.md'),
      (error: unknown) => {
        assert.ok(error instanceof ContentProblemsError);
        assert.equal(error.problems.length, 2);
        assert.deepEqual(error.problems.map((p) => p.line), [1, 3]);
        assert.ok(error.message.includes('content/blog/two-dead.md:1'), error.message);
        assert.ok(error.message.includes('content/blog/two-dead.md:3'), error.message);
        assert.ok(error.message.includes('/blog/does-not-exist/'), error.message);
        assert.ok(error.message.includes(`${ORIGIN}/blog/also-missing`), error.message);
        return true;
      },
    );
  });

  test('a link to another site that merely contains /blog/ is not checked', async () => {
    const r = await render('[x](https://example.com/blog/does-not-exist/)');
    assert.match(r.html, /href="https:\/\/example\.com\/blog\/does-not-exist\/" rel="noopener noreferrer"/);
  });
});

describe('isBrokenLinkText', () => {
  for (const text of ['>-', '>', '|', '|-', '>+', '|+', '', '  ', ' >- ']) {
    test(`${JSON.stringify(text)} is broken`, () => assert.equal(isBrokenLinkText(text), true));
  }
  for (const text of ['Текст', '>-x', '->', 'Инвестиции в аренду']) {
    test(`${JSON.stringify(text)} is not broken`, () => assert.equal(isBrokenLinkText(text), false));
  }
});
