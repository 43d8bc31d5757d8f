import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { buildCatalog } from '../content/catalog';
import { CONTENT_LIMITS } from '../content/limits';
import { ContentProblemsError } from '../content/problems';
import { buildHowToSteps } from '../seo/howto';
import { renderPostBody } from './pipeline';
import { limitProblems, measureBody } from './remark-content-limits';

const YAML = '---\ntitle: "Статья"\ndescription: "Описание."\npubDate: "2025-07-01"\n---\n';

function measure(markdown: string, input: 'file' | 'body' = 'body') {
  const processor = unified().use(remarkParse).use(remarkGfm);
  if (input === 'file') processor.use(remarkFrontmatter);
  return measureBody(processor.parse(markdown), new VFile(markdown));
}

const sections = (n: number, heading = '##') =>
  Array.from({ length: n }, (_, i) => `${heading} Шаг ${i + 1}\n\nСделайте шаг ${i + 1}.\n`).join('\n');

function render(markdown: string) {
  return renderPostBody(markdown, {
    input: 'body',
    catalog: buildCatalog([]),
    siteOrigins: ['https://butlerspb-blog.netlify.app'],
    contentDirPath: 'content',
    sourceFilePath: 'blog/bolshaya.md',
  });
}

describe('measureBody', () => {
  test('contents entries: ## and ### and later #, not the leading # headline, not ####', () => {
    const m = measure('# Заголовок\n\nТекст.\n\n## Раз\n\n### Два\n\n#### Не в оглавлении\n\n# Три\n');
    assert.deepEqual(m.headingLines, [5, 7, 11]);
  });

  test('steps: ## sections with a paragraph of their own, however deep; a list alone is not one', () => {
    const m = measure(
      ['## Шаг', 'Текст.', '## Только список', '- [ссылка](https://example.com)', '## С подразделом', '### Под', '> Абзац в цитате.', '## Пустой', '![](/x.jpg)'].join('\n\n'),
    );
    assert.deepEqual(m.stepLines, [1, 9]);
  });

  test('the body is measured the same whole file or body alone, in UTF-8 bytes', () => {
    const body = '\nТекст статьи.\n\n';
    assert.equal(measure(`${YAML}${body}`, 'file').bodyBytes, measure(body).bodyBytes);
    assert.equal(measure(body).bodyBytes, Buffer.byteLength('Текст статьи.'));
  });
});

describe('limitProblems', () => {
  const at = (bodyBytes: number, headings: number, steps: number) =>
    limitProblems({
      bodyBytes,
      headingLines: Array.from({ length: headings }, (_, i) => 10 + i),
      stepLines: Array.from({ length: steps }, (_, i) => 100 + i),
    }).map((p) => [p.field, p.severity, p.line, p.message]);
  const { bodyBytes, headings, howToSteps } = CONTENT_LIMITS;

  test('nothing at the limits themselves', () => {
    assert.deepEqual(at(bodyBytes.warning, headings.warning, howToSteps.warning), []);
  });

  test('a warning past the warning limit, with the numbers and the line of the first heading past it', () => {
    assert.deepEqual(at(bodyBytes.warning + 1, headings.warning + 1, howToSteps.warning + 1), [
      ['текст', 'warning', undefined, 'текст статьи больше 100 КБ (101 КБ)'],
      ['подзаголовки', 'warning', 10 + headings.warning, 'подзаголовков ## и ### больше 50 (51): оглавление статьи получится длиннее, чем её удобно читать'],
      ['разделы', 'warning', 100 + howToSteps.warning, 'шагов инструкции HowTo (разделов ## с текстом) больше 20 (21): поисковикам и читателям трудно следовать такой инструкции'],
    ]);
  });

  test('an error (and no warning) past the error limit', () => {
    assert.deepEqual(at(5 * 1024 * 1024, 10_000, 10_000), [
      ['текст', 'error', undefined, 'текст статьи больше 500 КБ (5120 КБ), такую статью сайт не публикует'],
      ['подзаголовки', 'error', 10 + headings.error, 'подзаголовков ## и ### больше 150 (10000), такую статью сайт не публикует'],
      ['разделы', 'error', 100 + howToSteps.error, 'шагов инструкции HowTo (разделов ## с текстом) больше 50 (10000), такую статью сайт не публикует'],
    ]);
  });
});

describe('the page pipeline', () => {
  test('refuses a post over a limit with the check\'s message, naming the file', async () => {
    await assert.rejects(render(sections(CONTENT_LIMITS.headings.error + 1, '###')), (error: unknown) => {
      assert.ok(error instanceof ContentProblemsError);
      assert.deepEqual(
        error.problems.map((p) => [p.file, p.field]),
        [['content/blog/bolshaya.md', 'подзаголовки']],
      );
      return true;
    });
    await assert.rejects(render(`${'Абзац текста. '.repeat(40_000)}\n`), /текст статьи больше 500 КБ/);
  });

  test('renders a post that is only over a warning limit', async () => {
    const page = await render(sections(CONTENT_LIMITS.howToSteps.warning + 1));
    assert.equal(page.outline.sections.length, CONTENT_LIMITS.howToSteps.warning + 1);
  });

  test('caps the contents at the error limit, even for raw <h2> tags the check does not count', async () => {
    const page = await render(Array.from({ length: 400 }, (_, i) => `<h2>Раздел ${i}</h2>\n\n<p>Текст.</p>`).join('\n\n'));
    assert.equal(page.outline.headings.length, CONTENT_LIMITS.headings.error);
    // HowTo steps are capped where they are built.
    const steps = buildHowToSteps(page.outline.sections, 'https://butlerspb-blog.netlify.app/blog/bolshaya/');
    assert.equal(page.outline.sections.length, 400);
    assert.equal(steps.length, CONTENT_LIMITS.howToSteps.error);
  });
});
