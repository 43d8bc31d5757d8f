import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { BROKEN_DIR, BROKEN_FILE_COUNT, BROKEN_PUBLIC_DIR, EXPECTED } from '../../tests/fixtures/content-broken/expected';
import { renderPostBody } from '../markdown/pipeline';
import { buildCatalog } from './catalog';
import { readContentFolder } from './content-files';
import type { ContentProblem } from './problems';
import {
  closestField,
  buildHeadingIndex,
  headingIdsOf,

  suggestedFileName,
  validateCorpus,
  validatePostFile,
  type SourceFile,
  type ValidationContext,
} from './validate';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ORIGINS = ['https://butlerspb-blog.netlify.app'];

/** A folder as the CLI reads it, with paths relative to the repository root. */
function readFolder(dir: string) {
  return readContentFolder(path.join(ROOT, dir), (file) => path.relative(ROOT, file).split(path.sep).join('/'));
}

/** A folder's readable posts. */
function readCorpus(dir: string): SourceFile[] {
  return [...readFolder(dir).posts];
}

function contextFor(files: readonly SourceFile[], publicDir = 'public'): ValidationContext {
  return { catalog: buildCatalog(files), siteOrigins: ORIGINS, publicDir: path.join(ROOT, publicDir) };
}

function check(files: readonly SourceFile[], publicDir?: string): ContentProblem[] {
  return validateCorpus(files, contextFor(files, publicDir));
}

/** A post with valid required fields, plus whatever the test adds. */
function post(extraFrontmatter = '', body = 'Текст.\n'): string {
  return `---\ntitle: "Статья"\ndescription: "Описание."\npubDate: "2025-07-01"\n${extraFrontmatter}---\n${body}`;
}

// --- The broken corpus: one file per check, each reported exactly -------------

const brokenFolder = readFolder(BROKEN_DIR);
const broken = [...brokenFolder.posts];
const brokenProblems = [...brokenFolder.problems, ...check(broken, BROKEN_PUBLIC_DIR)];

for (const expected of EXPECTED) {
  test(`broken corpus: ${expected.check} (${path.basename(expected.file)})`, () => {
    assert.deepEqual(
      brokenProblems.filter((p) => p.file === expected.file),
      expected.problems,
    );
  });
}

test('broken corpus: every file is covered and nothing else is reported', () => {
  const named = new Set([...broken.map((f) => f.filePath), ...brokenProblems.map((p) => p.file)]);
  assert.deepEqual([...named].sort(), EXPECTED.map((e) => e.file).sort());
  assert.equal(brokenFolder.postCount, BROKEN_FILE_COUNT);
  assert.equal(brokenProblems.length, EXPECTED.flatMap((e) => e.problems).length);
});

test('clean corpus: no problems, including #fragment links and a local hero image', () => {
  const clean = readCorpus('tests/fixtures/content-clean/blog');
  assert.equal(clean.length, 3);
  assert.deepEqual(check(clean, 'tests/fixtures/content-clean/public'), []);
});

test('real content/blog: no errors', () => {
  const real = readCorpus('content/blog');
  assert.ok(real.length > 0);
  assert.deepEqual(
    check(real).filter((p) => p.severity === 'error'),
    [],
  );
});

// --- Single checks on in-memory posts ----------------------------------------

test('duplicate slugs that differ only by Unicode normalisation are reported on both files', () => {
  const nfc = 'café'.normalize('NFC');
  const nfd = 'café'.normalize('NFD');
  assert.notEqual(nfc, nfd);
  const files = [
    { filePath: `content/blog/${nfc}.md`, source: post() },
    { filePath: `content/blog/old/${nfd}.md`, source: post() },
  ];
  const duplicates = check(files).filter((p) => p.message.startsWith('адрес статьи'));
  assert.deepEqual(
    duplicates.map((p) => [p.file, p.field]),
    [
      [`content/blog/${nfc}.md`, 'имя файла'],
      [`content/blog/old/${nfd}.md`, 'имя файла'],
    ],
  );
  assert.match(duplicates[0]?.message ?? '', /способом записи букв/);
});

test('the same file name in two folders is a duplicate without the case remark', () => {
  const files = [
    { filePath: 'content/blog/a/uborka.md', source: post() },
    { filePath: 'content/blog/b/uborka.md', source: post() },
  ];
  assert.deepEqual(
    check(files).map((p) => p.message),
    [
      'адрес статьи /blog/uborka/ совпадает с адресом content/blog/b/uborka.md',
      'адрес статьи /blog/uborka/ совпадает с адресом content/blog/a/uborka.md',
    ],
  );
});

test('unknown fields suggest the known field within two edits, ignoring case, _ and -', () => {
  assert.equal(closestField('pubdate'), 'pubDate');
  assert.equal(closestField('titel'), 'title');
  assert.equal(closestField('hero_image'), 'heroImage');
  assert.equal(closestField('Hero-Alt'), 'heroAlt');
  assert.equal(closestField('autor'), 'author');
  assert.equal(closestField('tags'), null);
  const [problem] = check([{ filePath: 'content/blog/x.md', source: post('titel: "Опечатка"\n') }]);
  assert.deepEqual(problem, {
    file: 'content/blog/x.md',
    line: 5,
    field: 'titel',
    value: 'Опечатка',
    message: 'неизвестное поле; возможно, вы имели в виду title',
    severity: 'error',
  });
});

test('an unclosed frontmatter block is named as such', () => {
  const [problem] = check([{ filePath: 'content/blog/x.md', source: '---\ntitle: "Статья"\n\nТекст.\n' }]);
  assert.equal(problem?.message, 'блок полей в начале файла не закрыт строкой ---');
  assert.equal(problem?.line, 1);
});

test('a field block in another language than YAML gets its own message, naming the first line', () => {
  for (const first of ['---js', '---javascript', '--- js', '---coffee', '---json', ';;;', '+++', '{ "title": "x" }']) {
    const source = `${first}\n{ title: 'x', description: 'd', pubDate: '2025-01-01' }\n${first.startsWith('{') ? '' : first.slice(0, 3)}\nТекст\n`;
    const problems = check([{ filePath: 'content/blog/x.md', source }]);
    assert.equal(problems.length, 1, `${first}: ${JSON.stringify(problems)}`);
    assert.equal(problems[0]?.message, 'блок полей открыт не строкой ---, а другой: сайт читает поля только в формате YAML, и такой блок не примет');
    assert.equal(problems[0]?.value, first.slice(0, 40));
    assert.equal(problems[0]?.line, 1);
  }
  // A plain fence with trailing spaces is YAML, as gray-matter reads it.
  assert.deepEqual(check([{ filePath: 'content/blog/x.md', source: post('').replace(/^---/, '---  ') }]), []);
});

test('only spaces and tabs are blank after a fence: a no-break space or a form feed is reported, never read past', () => {
  // gray-matter trims U+00A0, \f and \v, remark-frontmatter does not: the check
  // would have read the whole file as front matter and skipped the body.
  for (const invisible of ['\u00a0', '\f', '\v', '\u3000', '\ufeff']) {
    const opening = check([{ filePath: 'content/blog/x.md', source: post('').replace(/^---/, `---${invisible}`) }]);
    assert.equal(opening.length, 1, JSON.stringify(opening));
    assert.match(opening[0]?.value ?? '', /^---\\u[0-9A-F]{4}$/);
    assert.equal(opening[0]?.message, 'блок полей открыт не строкой ---, а другой: сайт читает поля только в формате YAML, и такой блок не примет');
    const source = `---\ntitle: "Статья"\ndescription: |\n  \`\`\`\npubDate: "2025-07-01"\n---${invisible}\n\n[мёртвая](/blog/net-takoy/)\n`;
    const closing = check([{ filePath: 'content/blog/x.md', source }]);
    assert.equal(closing[0]?.line, 6, JSON.stringify(closing));
    assert.match(closing[0]?.message ?? '', /после них есть ещё текст/);
  }
});

test('the block ends where gray-matter ends it: text after the closing --- is reported', () => {
  const source = '---\ntitle: "Статья"\ndescription: "Описание."\npubDate: "2025-07-01"\n--- лишнее\nТекст.\n';
  const [problem, ...rest] = check([{ filePath: 'content/blog/x.md', source }]);
  assert.deepEqual(rest, []);
  assert.equal(problem?.line, 5);
  assert.equal(problem?.value, '--- лишнее');
  assert.match(problem?.message ?? '', /после них есть ещё текст/);
  // A line starting with --- inside a value closes the block for gray-matter too.
  const inside = '---\ntitle: "Статья"\ndescription: |\n  строка\n---- не конец\npubDate: "2025-07-01"\n---\nТекст.\n';
  assert.equal(check([{ filePath: 'content/blog/x.md', source: inside }])[0]?.line, 5);
});

test('YAML errors carry the line in the file: duplicate field, tab indent', () => {
  const source = '---\ntitle: "Один"\ndescription: "Описание."\ntitle: "Два"\npubDate: "2025-07-01"\n---\nТекст.\n';
  assert.deepEqual(check([{ filePath: 'content/blog/x.md', source }]), [
    {
      file: 'content/blog/x.md',
      line: 4,
      field: 'frontmatter',
      value: 'title: "Два"',
      message: 'ошибка YAML: поле написано дважды',
      expected: 'каждое поле один раз',
      severity: 'error',
    },
  ]);
  const tabbed = post('keywords:\n\t- уборка\n');
  const problems = check([{ filePath: 'content/blog/x.md', source: tabbed }]);
  assert.ok(problems.some((p) => p.line === 6 && p.message === 'ошибка YAML: отступ сделан табуляцией'), JSON.stringify(problems));
});

test('title that is not text, and title present but empty, are reported on their line', () => {
  const source = '---\ntitle: 2025\ndescription:\npubDate: "2025-07-01"\n---\n';
  assert.deepEqual(
    check([{ filePath: 'content/blog/x.md', source }]).map((p) => [p.line, p.field, p.value, p.message]),
    [
      [2, 'title', '2025', 'не текст, а число'],
      [3, 'description', undefined, 'поле пустое'],
    ],
  );
});

test('schema written as a quoted JSON string is explained', () => {
  const [problem] = check([{ filePath: 'content/blog/x.md', source: post(`schema: '{"@type": "HowTo"}'\n`) }]);
  assert.equal(problem?.message, 'JSON-объект взят в кавычки и поэтому стал текстом');
});

test('valid values pass: date-times with offsets, same-day update, empty optional fields, list and string keywords', () => {
  const sources = [
    post('updatedDate: "2025-07-01T10:00:00+03:00"\nauthor:\nheroAlt:\ndraft: true\nkeywords: "a, b"\n'),
    post('keywords:\n  - уборка\n  - окна\nschema: {"@context": "https://schema.org"}\nheroImage: "https://images.unsplash.com/a.jpg"\n'),
  ];
  for (const source of sources) assert.deepEqual(check([{ filePath: 'content/blog/x.md', source }]), []);
});

test('a local hero path may not leave the public folder', () => {
  const [problem] = check([{ filePath: 'content/blog/x.md', source: post('heroImage: /../package.json\n') }]);
  assert.equal(problem?.message, 'такого файла нет в папке public');
  assert.deepEqual(check([{ filePath: 'content/blog/x.md', source: post('heroImage: /images/bank-card.jpg\n') }]), []);
});

test('links through the site origin are checked, with body lines counted from the top of the file', () => {
  const files = [
    {
      filePath: 'content/blog/a.md',
      source: post('', '\n## Раздел\n\n[мимо](https://butlerspb-blog.netlify.app/blog/b/#net)\n[нет](https://butlerspb-blog.netlify.app/blog/c/)\n'),
    },
    { filePath: 'content/blog/b.md', source: post('', '## Раздел B\n') },
  ];
  assert.deepEqual(
    check(files).map((p) => [p.file, p.line, p.message, p.expected]),
    [
      ['content/blog/a.md', 9, 'в статье «b» нет заголовка с якорем #net', 'якорь одного из заголовков этой статьи, например #раздел-b'],
      ['content/blog/a.md', 10, 'статьи «c» нет в content/blog', 'адрес существующей статьи вида /blog/<имя-файла>/'],
    ],
  );
});

test('a near-miss fragment gets a suggestion', () => {
  const files = [{ filePath: 'content/blog/a.md', source: post('', '## Подготовка квартиры\n\n[x](/blog/a/#подготовка-квартры)\n') }];
  assert.equal(check(files)[0]?.expected, 'якорь существующего заголовка — возможно, #подготовка-квартиры');
});

test('validatePostFile alone skips fragments it cannot know', () => {
  const files = [{ filePath: 'content/blog/a.md', source: post('', '[x](/blog/a/#net)\n') }];
  assert.deepEqual(validatePostFile(files[0]!, contextFor(files)), []);
});

test('heading ids are the ones the post pipeline renders', async () => {
  const sample = [
    '---\ntitle: x\n---\n<!-- комментарий -->\n\n# Главный заголовок\n\n## Раз\n\n## Раз\n\n# Второй h1\n',
    '### С `кодом`, <b>html</b> и ![картинкой](/x.png)\n\n## Раз-1\n\n## Итог: всё!\n',
  ].join('');
  const real = readCorpus('content/blog');
  const catalog = buildCatalog(real);
  for (const source of [sample, ...real.map((f) => f.source)]) {
    const { html } = await renderPostBody(source, { catalog, siteOrigins: ORIGINS, contentDirPath: 'content' });
    const rendered = [...html.matchAll(/<h[1-6][^>]*\sid="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(headingIdsOf(source), rendered);
  }
  assert.deepEqual(headingIdsOf(sample), ['раз', 'раз-1', 'второй-h1', 'с-кодом-html-и-', 'раз-1-1', 'итог-всё']);
});

test('file name suggestions are URL-safe transliterations', () => {
  assert.equal(suggestedFileName('Плохое Имя.md'), 'plohoe-imya.md');
  assert.equal(suggestedFileName('Уборка_Кухни--2025.md'), 'uborka-kuhni-2025.md');
  assert.equal(suggestedFileName('***.md'), '');
});

test('a post never goes live before the posts it links to; drafts link anywhere', () => {
  const files: SourceFile[] = [
    { filePath: 'content/blog/draft-a.md', source: post('draft: true\n', 'См. [будущую](/blog/future/).\n') },
    { filePath: 'content/blog/future.md', source: post('', 'Текст.\n').replace('2025-07-01', '2099-01-01') },
    { filePath: 'content/blog/live.md', source: post('', 'См. [будущую](/blog/future/).\n') },
    { filePath: 'content/blog/sooner.md', source: post('', 'См. [будущую](/blog/future/).\n').replace('2025-07-01', '2098-01-01') },
    { filePath: 'content/blog/later.md', source: post('', 'См. [ту, что выйдет раньше](/blog/sooner/).\n').replace('2025-07-01', '2099-06-01') },
  ];
  const context = contextFor(files);
  assert.deepEqual(
    validateCorpus(files, context).map((p) => `${p.file}:${p.line} ${p.value}`),
    ['content/blog/live.md:6 /blog/future/', 'content/blog/sooner.md:6 /blog/future/'],
    'a scheduled post linking to one that goes live after it would break every build in between',
  );
  assert.deepEqual(validateCorpus(files, { ...context, now: new Date('2099-01-02T00:00:00Z') }), []);
});

test('YAML references and nested straight quotes get a Russian explanation, not a crash', () => {
  const messages = (frontmatter: string) =>
    check([{ filePath: 'content/blog/x.md', source: `---\n${frontmatter}---\nТекст.\n` }]).map((p) => `${p.line} ${p.message}`);
  assert.deepEqual(messages('title: *Новинка*\ndescription: "Описание."\npubDate: "2025-07-01"\n'), [
    '2 ошибка YAML: значение начинается с * или &, а для YAML это особые знаки',
  ]);
  assert.deepEqual(messages('title: "Он сказал: "привет""\ndescription: "Описание."\npubDate: "2025-07-01"\n'), [
    '2 ошибка YAML: после закрывающей кавычки идёт ещё текст: внутри значения, видимо, такие же кавычки',
  ]);
});

test('draft: "true" in quotes is explained as text, not as «true» — не true/false', () => {
  const [problem] = check([{ filePath: 'content/blog/x.md', source: post('draft: "true"\n') }]);
  assert.equal(problem?.message, 'true/false в кавычках — это текст, а не да/нет');
  assert.equal(problem?.value, 'true');
});

test('the heading index answers for the posts it was given, and only those', () => {
  const index = buildHeadingIndex([
    { filePath: 'content/blog/a.md', source: '---\ntitle: A\n---\n# A\n\n## Раз\n\n### Два\n' },
    { filePath: 'content/blog/b.md', source: '---\ntitle: B\n---\nТекст без заголовков.\n' },
  ]);
  assert.deepEqual(index.get('a'), ['раз', 'два']);
  assert.deepEqual(index.get('b'), []);
  assert.equal(index.get('c'), undefined);
});

describe('images in the text', () => {
  const checkBody = (body: string) =>
    check([{ filePath: 'content/blog/x.md', source: post('', body) }]).map((p) => [p.line, p.field, p.severity, p.message]);

  test('a Markdown image gets the hero checks: local file, address, allowed host', () => {
    assert.deepEqual(checkBody('![Карта](/images/bank-card.jpg)\n'), []);
    assert.deepEqual(checkBody('![Карта](https://images.unsplash.com/photo-1)\n'), []);
    const missing = checkBody('Текст.\n\n![Кухня](/images/net-takogo.jpg)\n');
    assert.deepEqual(missing, [[8, 'картинка', 'error', 'такого файла нет в папке public']]);
    assert.equal(checkBody('![Кухня](images/kuhnya.jpg)\n')[0]?.[3], 'не адрес http(s) и не путь от корня сайта');
    const foreign = checkBody('![Кухня](https://example.com/k.jpg)\n');
    assert.equal(foreign[0]?.[2], 'warning');
    assert.match(String(foreign[0]?.[3]), /^браузер не покажет картинку с https:\/\/example\.com/);
  });

  test('a Markdown image without a description is a warning', () => {
    assert.deepEqual(checkBody('![](/images/bank-card.jpg)\n'), [[6, 'картинка', 'warning', 'у картинки нет описания в квадратных скобках']]);
  });

  test('a raw <img> without any alt attribute is an error; alt="" (decorative) is fine', () => {
    const [problem] = checkBody('Текст <img src="/images/bank-card.jpg"> и <img src="/images/a.jpg" alt="">.\n');
    assert.deepEqual(problem?.slice(0, 3), [6, 'картинка', 'error']);
    assert.match(String(problem?.[3]), /^у тега <img> нет атрибута alt/);
    assert.equal(checkBody('Текст <img src="/images/a.jpg" alt="">.\n').length, 0);
  });
});
