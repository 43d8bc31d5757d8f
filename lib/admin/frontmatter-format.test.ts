import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { build } from 'esbuild';
import matter from 'gray-matter';
import { isMap, parse as parseYaml } from 'yaml';
import { buildCatalog } from '../content/catalog';
import { toEpoch } from '../content/dates';
import { foreignFrontmatterFence, parseFrontmatter, splitFrontmatter } from '../content/frontmatter';
import { parseKeywords } from '../content/keywords';
import { FIELD_NAMES, normalisedField, POST_FIELDS } from '../content/model';
import type { ContentProblem } from '../content/problems';
import { validatePostFile, type SourceFile, type ValidationContext } from '../content/validate';
import { internalOrigins, site } from '../site';
import { ADMIN_FIELDS, decapFormat, parsePost, serializePost, SOURCE_KEY, type AdminEntry } from './frontmatter-format';
import { wallClockToFileDate } from './moscow-time';
import { adminBundleOptions } from '../../build/admin-bundle';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// ---------------------------------------------------------------------------
// The corpora: every post of content/ and of the fixture corpora

interface Corpus {
  readonly dir: string;
  readonly publicDir: string;
  readonly files: readonly SourceFile[];
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(full);
    return entry.isFile() && entry.name.endsWith('.md') ? [full] : [];
  });
}

function corpus(dir: string): Corpus {
  const full = path.join(ROOT, dir);
  const fixturePublic = path.join(full, '..', 'public');
  return {
    dir,
    publicDir: existsSync(fixturePublic) ? fixturePublic : path.join(ROOT, 'public'),
    files: markdownFiles(full)
      .sort()
      .map((file) => ({ filePath: path.relative(ROOT, file).split(path.sep).join('/'), source: readFileSync(file, 'utf8') })),
  };
}

const CORPORA: readonly Corpus[] = [
  corpus('content/blog'),
  ...readdirSync(path.join(ROOT, 'tests/fixtures'))
    .filter((name) => name.startsWith('content-') && existsSync(path.join(ROOT, 'tests/fixtures', name, 'blog')))
    .sort()
    .map((name) => corpus(`tests/fixtures/${name}/blog`)),
];
const ALL = CORPORA.flatMap((c) => c.files.map((file) => ({ corpus: c, file })));

/** The same file saved on Windows: CRLF line endings and a BOM (lib/content/source-text.ts reads it as its twin). */
function windows(source: string): string {
  return `\uFEFF${source.replace(/\r?\n/g, '\r\n')}`;
}

test('the corpora are all there', () => {
  assert.ok(CORPORA.length >= 5, CORPORA.map((c) => c.dir).join(', '));
  assert.ok(ALL.length >= 50, String(ALL.length));
  assert.ok(ALL.some(({ file }) => file.filePath.endsWith('content-broken/blog/yaml-oshibka.md')));
});

// ---------------------------------------------------------------------------
// The site's own readers

/** Contentlayer's read: this project's gray-matter with the `yaml` engine (node_modules/@contentlayer2/source-files). */
function siteRead(source: string): { data: Record<string, unknown>; body: string } {
  const file = matter(source, { engines: { yaml: (text: string) => parseYaml(text) as object } });
  return { data: file.data as Record<string, unknown>, body: file.content };
}

/** Every field of the content model as pages use it. */
function modelView(data: object): Record<string, unknown> {
  return Object.fromEntries(FIELD_NAMES.map((name) => [name, normalisedField(data, name)]));
}

/** Whether a file is one the format must refuse to write: what check:content refuses to read at all. */
function unreadable(source: string): boolean {
  if (foreignFrontmatterFence(source) !== null) return true;
  const split = splitFrontmatter(source);
  if (split.yaml === null) return /^\uFEFF?---[ \t]*\r?\n/.test(source);
  if (split.closingLineRest !== undefined) return true;
  const { errors, document } = parseFrontmatter(source);
  const contents = document?.contents ?? null;
  return errors.length > 0 || (contents !== null && (!isMap(contents) || Boolean(contents.flow)));
}

const NOW = new Date('2026-01-01T00:00:00Z');

function contextFor(c: Corpus, files: readonly SourceFile[]): ValidationContext {
  return { catalog: buildCatalog(files), siteOrigins: internalOrigins, publicDir: c.publicDir, now: NOW };
}

/** check:content on one post, with the other posts of its corpus as they are. */
function checked(c: Corpus, file: SourceFile): ContentProblem[] {
  const files = c.files.map((f) => (f.filePath === file.filePath ? file : f));
  return validatePostFile(file, contextFor(c, files));
}

const errorsOf = (problems: readonly ContentProblem[]) => problems.filter((p) => p.severity === 'error');

/** A problem without its place, to compare the verdict before and after an edit that may move lines. */
const verdict = (p: ContentProblem) => JSON.stringify([p.field, p.message, p.value, p.expected, p.severity]);

function without(record: object, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

/** Decap keeps the entry as Immutable and calls toFile with its plain-JS copy. */
function throughDecap(entry: AdminEntry): Record<string, unknown> {
  return JSON.parse(JSON.stringify(entry)) as Record<string, unknown>;
}

/** The lines of `after` that differ from `before`: the stretch between their common first and last lines. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { removed: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail) };
}

/** Lines that are one field `name` of YAML: its key line and any indented continuation lines. */
function isOneField(lines: readonly string[], name: string): boolean {
  return lines.length > 0 && lines[0]!.startsWith(`${name}:`) && lines.slice(1).every((line) => /^\s/.test(line) || line === '');
}

// ---------------------------------------------------------------------------
// 1. Nothing changed: the same bytes

describe('parse → serialize with no change gives the file byte for byte', () => {
  for (const { file } of ALL) {
    test(file.filePath, () => {
      for (const source of [file.source, windows(file.source)]) {
        const entry = parsePost(source);
        assert.equal(serializePost(entry), source);
        assert.equal(serializePost(throughDecap(entry)), source, 'after Decap copies the entry');
        assert.equal(decapFormat.toFile(decapFormat.fromFile(source), ['title'], {}), source, 'through the Decap adapter');
      }
    });
  }
});

// ---------------------------------------------------------------------------
// 2. Only the description changed: only the description differs for the site

const NEW_DESCRIPTION = 'Новое описание: с «ёлочками», "кавычками", #решёткой и двоеточием';

describe('change only the description: the site reads every other field, the schema and the body as before', () => {
  for (const { file } of ALL) {
    test(file.filePath, () => {
      for (const source of [file.source, windows(file.source)]) {
        const entry = parsePost(source);
        const edited = { ...throughDecap(entry), description: NEW_DESCRIPTION };
        if (unreadable(source)) {
          // The form cannot be written into a file it cannot read: a clear refusal, never a rewrite.
          assert.throws(() => serializePost(edited), /^Error: изменения не сохранены: админка не может записать их в этот файл/);
          continue;
        }
        const output = serializePost(edited);
        const before = siteRead(source);
        const after = siteRead(output);
        const viewBefore = modelView(before.data);
        const viewAfter = modelView(after.data);
        assert.equal(viewAfter.description, NEW_DESCRIPTION);
        for (const name of FIELD_NAMES.filter((n) => n !== 'description')) assert.deepEqual(viewAfter[name], viewBefore[name], name);
        assert.deepEqual(after.data.schema, before.data.schema, 'schema');
        assert.deepEqual(without(after.data, 'description'), without(before.data, 'description'), 'every other key as written, unknown ones too');
        assert.equal(after.body, before.body, 'the body, as Contentlayer reads it');
        assert.equal(parsePost(output).body, entry.body, 'the body bytes');
        assert.ok(output.endsWith(entry.body));

        // The text itself: only the description's own lines differ.
        const lf = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
        const { removed, added } = changedLines(lf(source), lf(output));
        if (removed.length) assert.ok(isOneField(removed, 'description'), `removed: ${removed.join('\n')}`);
        assert.ok(isOneField(added.filter((line) => !/^---/.test(line)), 'description'), `added: ${added.join('\n')}`);
        if (source.includes('\r\n')) assert.ok(!/[^\r]\n/.test(output), 'a Windows file keeps CRLF on every line');
        assert.equal(output.startsWith('\uFEFF'), source.startsWith('\uFEFF'), 'the BOM stays as it was');
      }
    });
  }
});

describe("check:content's verdict changes only for the description", () => {
  for (const { corpus: c, file } of ALL) {
    if (unreadable(file.source)) continue;
    test(file.filePath, () => {
      const output = serializePost({ ...parsePost(file.source), description: 'Короткое новое описание статьи.' });
      const before = checked(c, file).filter((p) => p.field !== 'description').map(verdict).sort();
      const after = checked(c, { ...file, source: output }).filter((p) => p.field !== 'description').map(verdict).sort();
      if (splitFrontmatter(file.source).yaml === null) {
        // A file with no block gets one holding the description: now the checker asks for the other required fields.
        assert.deepEqual(before.map((v) => JSON.parse(v)[0]), ['frontmatter']);
        assert.deepEqual(after.map((v) => JSON.parse(v).slice(0, 2)), [['pubDate', 'нет обязательного поля'], ['title', 'нет обязательного поля']]);
        return;
      }
      assert.deepEqual(after, before);
      if (c.dir === 'content/blog' || c.dir.includes('content-clean')) assert.deepEqual(errorsOf(checked(c, { ...file, source: output })), []);
    });
  }
});

// ---------------------------------------------------------------------------
// 3. Edits of every kind: the site reads what the editor meant, check:content accepts it

const BLOG = CORPORA[0]!;
const CLEAN = CORPORA.find((c) => c.dir.includes('content-clean'))!;
const blogFile = (name: string) => BLOG.files.find((f) => f.filePath.endsWith(`/${name}`))!;
const SEED = blogFile('doverie-klientov.md'); // comma-string keywords, Z date with milliseconds, inline schema
const FOLDED = blogFile('agentstvo-nedvizhimosti-sdat-kvartiru-v-sankt-peterburge.md'); // `title: >-`, list keywords, date-only
const WITH_ALT = blogFile('investicii-arenda.md'); // heroAlt, offset date
const UBORKA = CLEAN.files.find((f) => f.filePath.endsWith('/uborka-kvartiry.md'))!; // draft: false, block schema, updatedDate

/** Edit a post as the form would, save, and read the result back as the site and check:content do. */
function edit(file: SourceFile, changes: Readonly<Record<string, unknown>>, c: Corpus = BLOG) {
  const entry = parsePost(file.source);
  const output = serializePost({ ...throughDecap(entry), ...changes });
  const { data, body } = siteRead(output);
  return { entry, output, data, body, view: modelView(data), errors: errorsOf(checked(c, { ...file, source: output })) };
}

const TRICKY_KEYWORDS = ['кавычки "двойные"', "апостроф'", 'двоеточие: да', '#решётка', '- тире', 'конец#', 'yes', '2025'];

describe('keywords', () => {
  test('the seed (a comma string) and a YAML list load as the site reads them', () => {
    assert.deepEqual(parsePost(SEED.source).keywords, parseKeywords(siteRead(SEED.source).data.keywords));
    assert.deepEqual(parsePost(SEED.source).keywords?.slice(0, 2), ['доверие клиентов', 'лояльность']);
    assert.deepEqual(parsePost(FOLDED.source).keywords, parseKeywords(siteRead(FOLDED.source).data.keywords));
    assert.equal(parsePost(FOLDED.source).keywords?.length, 5);
  });

  test('changed on a comma-string post: written back as a comma string, every item read back', () => {
    const result = edit(SEED, { keywords: TRICKY_KEYWORDS });
    assert.equal(typeof result.data.keywords, 'string');
    assert.deepEqual(result.view.keywords, TRICKY_KEYWORDS);
    assert.deepEqual(result.errors, []);
  });

  test('a keyword with a comma cannot live in a comma string: the post switches to a list', () => {
    const keywords = ['уборка, быстро', 'окна'];
    const result = edit(SEED, { keywords });
    assert.ok(Array.isArray(result.data.keywords));
    assert.deepEqual(result.view.keywords, keywords);
    assert.deepEqual(result.errors, []);
  });

  test('changed on a list post: written as a list, every item read back', () => {
    const result = edit(FOLDED, { keywords: TRICKY_KEYWORDS });
    assert.ok(Array.isArray(result.data.keywords));
    assert.deepEqual(result.view.keywords, TRICKY_KEYWORDS);
    assert.match(result.output, /^keywords:\n {2}- /m, 'the list keeps its indentation');
    assert.deepEqual(result.errors, []);
  });

  test('a list widget that hands back a string', () => {
    assert.deepEqual(edit(FOLDED, { keywords: 'уборка, окна' }).view.keywords, ['уборка', 'окна']);
  });

  test('only the site-visible list counts: duplicates and spaces the site drops are no change', () => {
    const keywords = [...parsePost(SEED.source).keywords!, ' лояльность ', 'ЛОЯЛЬНОСТЬ'];
    assert.equal(edit(SEED, { keywords }).output, SEED.source);
  });

  test('cleared in any of the ways Decap clears it: the field is removed', () => {
    for (const keywords of [[], '', null, undefined]) {
      const result = edit(SEED, { keywords });
      assert.ok(!('keywords' in result.data), String(keywords));
      assert.deepEqual(result.view.keywords, []);
    }
  });

  test('added to a post without keywords: a list, in the model order', () => {
    const noKeywords = CLEAN.files.find((f) => f.filePath.endsWith('/uhod-za-parketom.md'))!;
    const result = edit(noKeywords, { keywords: ['паркет'] }, CLEAN);
    assert.deepEqual(Object.keys(result.data), ['title', 'description', 'pubDate', 'keywords', 'draft']);
    assert.deepEqual(result.data.keywords, ['паркет']);
  });
});

describe('dates', () => {
  test('a picked Moscow time: the file gets the offset form, the site reads the same instant with its seconds', () => {
    const picked = wallClockToFileDate('2025-08-01T10:15:30')!;
    const result = edit(SEED, { pubDate: picked });
    assert.match(result.output, /^pubDate: "2025-08-01T10:15:30\+03:00"$/m, 'keeps the post\'s quotes');
    assert.equal(result.view.pubDate, '2025-08-01T10:15:30+03:00');
    assert.equal(toEpoch(result.view.pubDate as string), Date.UTC(2025, 7, 1, 7, 15, 30));
    assert.deepEqual(result.errors, []);
  });

  test('date-only, Z and offset forms are written as given and read as the site reads them', () => {
    for (const [value, read] of [
      ['2025-07-30', '2025-07-30T00:00:00+03:00'],
      ['2025-07-26T09:57:37Z', '2025-07-26T09:57:37Z'],
      ['2025-07-26T12:57:37+05:00', '2025-07-26T12:57:37+05:00'],
    ] as const) {
      const result = edit(SEED, { pubDate: value });
      assert.equal(result.view.pubDate, read, value);
      assert.equal(result.data.pubDate, value, 'a string, as written');
      assert.deepEqual(result.errors, [], value);
    }
  });

  test('a date the widget writes another way for the same instant is no change: the bytes stay', () => {
    assert.equal(edit(FOLDED, { pubDate: '2025-05-20T00:00:00+03:00' }).output, FOLDED.source);
    assert.equal(edit(SEED, { pubDate: '2025-07-26T12:57:37.781+03:00' }).output, SEED.source);
    assert.notEqual(edit(SEED, { pubDate: '2025-07-26T12:57:37+03:00' }).output, SEED.source, 'a lost millisecond is a change');
  });

  test('an added updatedDate goes after pubDate; one before pubDate is what check:content refuses', () => {
    const later = edit(FOLDED, { updatedDate: wallClockToFileDate('2025-06-01T09:00') });
    assert.deepEqual(Object.keys(later.data).slice(0, 5), ['title', 'description', 'keywords', 'pubDate', 'updatedDate']);
    assert.deepEqual(later.errors, []);
    const earlier = edit(FOLDED, { updatedDate: wallClockToFileDate('2025-05-01T09:00') });
    assert.deepEqual(
      earlier.errors.map((p) => p.field),
      ['updatedDate'],
    );
  });

  test('a Date object from a widget is written as the same instant in Moscow time', () => {
    const result = edit(SEED, { pubDate: new Date(Date.UTC(2025, 7, 1, 7, 15, 30)) });
    assert.equal(result.view.pubDate, '2025-08-01T10:15:30+03:00');
  });
});

describe('titles', () => {
  const titles = [
    'Уборка: с чего начать',
    'Он сказал: "привет" и \'пока\'',
    '#1 в Петербурге',
    '- не список',
    '*Звёздочка* и &амперсанд',
    'Вопрос? Ответ! 100% — «ёлочки»',
    'true',
    '2025',
  ];
  for (const [file, style] of [
    [SEED, /^title: "/m],
    [FOLDED, /^title: >-\n {2}/m],
  ] as const) {
    test(`${path.basename(file.filePath)}: every title reads back exactly, in the post's own quoting`, () => {
      for (const title of titles) {
        const result = edit(file, { title });
        assert.equal(result.view.title, title);
        assert.match(result.output, style, title);
        assert.deepEqual(result.errors.filter((p) => p.field === 'title' || p.field === 'frontmatter'), [], title);
      }
    });
  }

  test('spaces around a title the site trims away are no change', () => {
    assert.equal(edit(SEED, { title: `  ${parsePost(SEED.source).title}  ` }).output, SEED.source);
  });
});

describe('draft', () => {
  test('switched on: an unquoted true in the model order, the site reads a draft', () => {
    const result = edit(SEED, { draft: true });
    assert.match(result.output, /^draft: true$/m);
    assert.equal(result.view.draft, true);
    assert.deepEqual(Object.keys(result.data).slice(-2), ['draft', 'schema'], 'after the other fields, before schema');
    assert.deepEqual(result.errors, []);
  });

  test('switched off: false, unquoted', () => {
    const on = edit(SEED, { draft: true }).output;
    const off = serializePost({ ...parsePost(on), draft: false });
    assert.match(off, /^draft: false$/m);
    assert.equal(normalisedField(siteRead(off).data, 'draft'), false);
  });

  test('false, absent and a dropped key all mean "not a draft": no change', () => {
    assert.equal(edit(SEED, { draft: false }).output, SEED.source);
    assert.equal(serializePost(without(parsePost(UBORKA.source), 'draft')), UBORKA.source, 'Decap dropped the key');
  });
});

describe('clearing an optional field removes it, and the model default applies', () => {
  test('heroAlt: the title is the alt text again', () => {
    for (const heroAlt of ['', null, undefined, '   ']) {
      const result = edit(WITH_ALT, { heroAlt });
      assert.ok(!('heroAlt' in result.data));
      assert.equal(result.view.heroAlt, result.view.title);
      assert.ok(!/heroAlt/.test(result.output));
      assert.deepEqual(result.errors, []);
    }
  });

  test('author: the default author', () => {
    const result = edit(SEED, { author: '' });
    assert.equal(result.view.author, site.defaultAuthor);
    assert.deepEqual(result.errors, []);
  });

  test('the last field of the block: the block still closes on its own line', () => {
    const result = edit(WITH_ALT, { heroAlt: '' });
    assert.match(result.output, /heroImage: "[^"]+"\n---\n/);
  });

  test('several at once, the last lines of the block among them', () => {
    const result = edit(WITH_ALT, { heroImage: '', heroAlt: '', author: null, keywords: [] });
    assert.deepEqual(Object.keys(result.data), ['title', 'description', 'pubDate']);
    assert.match(result.output, /^pubDate: "2025-06-12T08:30:00\+03:00"\n---\n/m);
    assert.deepEqual(result.errors, []);
    const all = serializePost({ ...parsePost(UBORKA.source), updatedDate: '', author: '', keywords: null, heroImage: '', heroAlt: '', draft: undefined });
    // `draft: false` and no draft mean the same to the site: the line stays as written.
    assert.deepEqual(Object.keys(siteRead(all).data), ['title', 'description', 'pubDate', 'draft', 'schema']);
  });

  test('every field set at once on a post that had only a title', () => {
    const form = { title: 'Т', description: 'Д', pubDate: '2025-07-01', updatedDate: '2025-07-02', author: 'А', keywords: ['к'], heroImage: '/images/bank-card.jpg', heroAlt: 'Карта', draft: true };
    const output = serializePost({ ...parsePost('---\ntitle: x\n---\nТекст.\n'), ...form });
    assert.deepEqual(siteRead(output).data, { ...form });
    assert.equal(output, serializePost({ ...form, body: 'Текст.\n' }), 'the same file as a new post');
  });

  test('a required field cleared is removed too, and check:content names it', () => {
    const result = edit(SEED, { title: '' });
    assert.deepEqual(
      result.errors.map((p) => [p.field, p.message]),
      [['title', 'нет обязательного поля']],
    );
  });
});

describe('the body', () => {
  test('changed: written as given, with no escapes of ours', () => {
    const body = '# Заголовок\n\n[Кнопка: "Рассчитать стоимость"]\n\n> цитата\n\n---\n\n\\[не ссылка\\] и <a href="/blog/investicii-arenda/">ссылка</a>\n\n- - -\n';
    const result = edit(SEED, { body });
    assert.equal(result.body, body, 'as Contentlayer reads it');
    assert.ok(result.output.endsWith(`---\n${body}`));
    assert.deepEqual(modelView(result.data), modelView(siteRead(SEED.source).data), 'the fields stay');
  });

  test('the seed edited elsewhere: its raw HTML heading link, placeholders and leading # heading survive', () => {
    const result = edit(SEED, { description: 'Другое описание.' });
    const body = parsePost(SEED.source).body;
    assert.match(body, /^### .*<a href="https:\/\/butlerspb.ru\/contacts"/m, 'raw HTML link in a heading');
    assert.match(body, /^\*\*\[Кнопка: "Рассчитать стоимость"\]\*\*$/m, 'placeholder');
    assert.match(body, /^\*   \[>-\]\(/m, 'the old blog\'s broken link text');
    assert.match(body, /^# /m, 'leading # heading');
    assert.ok(result.output.endsWith(body));
  });

  test('a body a widget gave back with LF for a CRLF file is no change', () => {
    const source = windows(SEED.source);
    const entry = parsePost(source);
    assert.ok(entry.body.includes('\r\n'), 'the body is exactly as in the file');
    assert.equal(serializePost({ ...entry, body: entry.body.replace(/\r\n/g, '\n') }), source);
  });

  test('a body a widget gave back without its final newline is no change', () => {
    const entry = parsePost(SEED.source);
    assert.equal(serializePost({ ...entry, body: entry.body.replace(/\n+$/, '') }), SEED.source);
    assert.notEqual(serializePost({ ...entry, body: entry.body.replace(/\n+$/, '.\n') }), SEED.source, 'a character more is a change');
  });

  test('a changed body in a CRLF file is written with CRLF', () => {
    const source = windows(SEED.source);
    const output = serializePost({ ...parsePost(source), body: 'Новый текст.\nВторая строка.\n' });
    assert.ok(output.endsWith('---\r\nНовый текст.\r\nВторая строка.\r\n'));
  });

  test('emptied: the post keeps its fields and has no body', () => {
    const output = serializePost({ ...parsePost(SEED.source), body: undefined });
    assert.ok(output.endsWith('"mainEntityOfPage":{"@type":"WebPage","@id":"https://butlerspb-blog.netlify.app/blog/doverie-klientov/"}}\n---\n'));
  });
});

describe('what the admin does not edit is carried through byte for byte', () => {
  test('schema and unknown keys, with every field changed', () => {
    const broken = CORPORA.find((c) => c.dir.includes('content-broken'))!;
    const unknown = broken.files.find((f) => f.filePath.endsWith('/neizvestnoe-pole.md'))!;
    const changes = { title: 'Новый', description: 'Новое.', pubDate: '2025-08-01', author: 'Анна', keywords: ['a'], heroImage: '/images/x.jpg', heroAlt: 'x', draft: true };
    for (const file of [SEED, unknown, UBORKA]) {
      const output = serializePost({ ...parsePost(file.source), ...changes });
      const lines = (text: string) => text.split('\n').filter((line) => /^(schema|hero_image|tags|  ")/.test(line));
      assert.deepEqual(lines(output), lines(file.source), file.filePath);
      assert.deepEqual(siteRead(output).data.schema, siteRead(file.source).data.schema);
    }
  });

  test('comments, quoting and order of untouched fields stay', () => {
    const source = [
      '---',
      "title: 'Одинарные кавычки'  # заголовок для поиска",
      '# Описание ниже',
      'description: Без кавычек',
      'pubDate: 2025-07-01',
      'keywords: [уборка, окна]',
      'x-note: "чужое поле"',
      '---',
      'Текст.',
      '',
    ].join('\n');
    const output = serializePost({ ...parsePost(source), description: 'Новое: описание' });
    assert.equal(
      output,
      source.replace('description: Без кавычек', 'description: "Новое: описание"'),
    );
    const flow = serializePost({ ...parsePost(source), keywords: ['уборка', 'мытьё окон'] });
    assert.equal(flow, source.replace('keywords: [уборка, окна]', 'keywords: [ уборка, мытьё окон ]'));
  });

  test('a comment after a value that now spans lines does not end up inside it', () => {
    const source = '---\ntitle: "А" # c\ndescription: "Б"\npubDate: "2025-07-01"\n---\n';
    const output = serializePost({ ...parsePost(source), title: 'Строка 1\nстрока 2' });
    assert.equal(siteRead(output).data.title, 'Строка 1\nстрока 2');
    assert.equal(siteRead(output).data.description, 'Б');
  });
});

describe('files that are not the usual shape', () => {
  test('no front matter at all: saving puts a block in front of the text', () => {
    const source = '# Статья без полей\n\nТекст.\n';
    assert.deepEqual(parsePost(source), { body: source, [SOURCE_KEY]: source });
    const output = serializePost({ ...parsePost(source), title: 'Статья', description: 'Описание.', pubDate: '2025-07-01' });
    assert.equal(output, `---\ntitle: Статья\ndescription: Описание.\npubDate: "2025-07-01"\n---\n${source}`);
    assert.equal(serializePost({ ...parsePost(source), body: 'Другой текст.\n', draft: false }), 'Другой текст.\n', 'only the body changed: still no block');
  });

  test('an empty block and a block of only unknown keys get the new fields', () => {
    const empty = serializePost({ ...parsePost('---\n---\nТекст.\n'), title: 'Т' });
    assert.equal(empty, '---\ntitle: Т\n---\nТекст.\n');
    const unknownOnly = serializePost({ ...parsePost('---\nfoo: 1\n---\nТекст.\n'), title: 'Т' });
    assert.equal(unknownOnly, '---\nfoo: 1\ntitle: Т\n---\nТекст.\n');
  });

  test('a block closed at the very end of the file gets a line break before a new body', () => {
    const output = serializePost({ ...parsePost('---\ntitle: Т\n---'), body: 'Текст.\n' });
    assert.equal(output, '---\ntitle: Т\n---\nТекст.\n');
  });

  test('the only field cleared: an empty block, which still closes', () => {
    const output = serializePost({ ...parsePost('---\ntitle: x # c\n---\nТекст.\n'), title: '' });
    assert.equal(output, '---\n---\nТекст.\n');
    assert.deepEqual(siteRead(output), { data: {}, body: 'Текст.\n' });
  });

  test('an indented block, a quoted key, a list not indented under its key: written in the same shape', () => {
    assert.equal(
      serializePost({ ...parsePost('---\n  title: a\n  description: b\n---\n'), keywords: ['к'] }),
      '---\n  title: a\n  description: b\n  keywords:\n    - к\n---\n',
    );
    assert.equal(serializePost({ ...parsePost('---\n"title": a\n---\n'), title: 'b' }), '---\ntitle: b\n---\n');
    assert.equal(serializePost({ ...parsePost('---\nkeywords:\n- a\n- b\ntitle: x\n---\n'), keywords: ['c'] }), '---\nkeywords:\n- c\ntitle: x\n---\n');
  });

  test("a word YAML 1.1 reads as true/false stays text for every reader", () => {
    for (const title of ['y', 'no', 'on', 'Off']) {
      const output = serializePost({ ...parsePost('---\ntitle: x\n---\n'), title });
      assert.equal(output, `---\ntitle: "${title}"\n---\n`);
    }
  });

  test('a field with no value, then set', () => {
    const output = serializePost({ ...parsePost('---\ntitle: Т\nauthor:\npubDate: "2025-07-01"\n---\n'), author: 'Анна' });
    assert.equal(output, '---\ntitle: Т\nauthor: Анна\npubDate: "2025-07-01"\n---\n');
  });

  test('a value the form cannot show stays as written until the editor types one', () => {
    const source = '---\ntitle: Т\nauthor: [Анна, Иван]\n---\n';
    assert.equal(parsePost(source).author, undefined);
    assert.equal(serializePost({ ...parsePost(source), title: 'Новый' }), '---\ntitle: Новый\nauthor: [Анна, Иван]\n---\n');
    assert.equal(serializePost({ ...parsePost(source), author: 'Анна' }), '---\ntitle: Т\nauthor: Анна\n---\n');
  });

  test('fields written in braces: shown, and a change is refused with a clear message', () => {
    const source = '---\n{title: Т, description: Д, pubDate: "2025-07-01"}\n---\nТекст.\n';
    assert.equal(parsePost(source).title, 'Т');
    assert.equal(serializePost(parsePost(source)), source);
    assert.throws(() => serializePost({ ...parsePost(source), title: 'Новый' }), /каждое на своей строке/);
  });

  test('a file with a YAML error: shown empty, untouched it is returned as it was, a change is refused', () => {
    const source = '---\ntitle: Уборка: с чего начать\npubDate: "2025-07-01"\n---\nТекст.\n';
    const entry = parsePost(source);
    assert.equal(entry.title, undefined);
    assert.equal(serializePost(entry), source);
    assert.throws(() => serializePost({ ...entry, title: 'Уборка' }), /ошибка YAML \(строка 2\)/);
  });

  test('a bad form value is a clear error, not a silent loss', () => {
    assert.throws(() => serializePost({ ...parsePost(SEED.source), title: { ru: 'x' } }), /поле title: ожидается текст/);
    assert.throws(() => serializePost({ ...parsePost(SEED.source), draft: 'да' }), /поле draft/);
  });
});

describe('random edits of several fields at once, on every post: the site reads exactly what the form held', () => {
  const POOL: Readonly<Record<string, readonly unknown[]>> = {
    title: ['Новый заголовок', 'Уборка: с чего начать', '"Кавычки" в начале', "it's", '#1 в городе', '- тире', '', null],
    description: ['Новое описание.', 'Описание: с двоеточием # и решёткой', 'строка 1\nстрока 2', '', undefined],
    pubDate: ['2025-07-30', '2025-07-26T09:57:37Z', wallClockToFileDate('2025-08-01T10:15:30'), '2025-07-26T12:57:37+05:00'],
    updatedDate: [wallClockToFileDate('2026-01-01T00:00'), '', null],
    author: ['Анна Смирнова', 'Иван: редактор', '', null],
    keywords: [['уборка'], ['уборка, быстро', 'окна'], TRICKY_KEYWORDS, [], '', 'окна, двери'],
    heroImage: ['/images/bank-card.jpg', 'https://images.unsplash.com/photo-1?w=10&q=80', '', null],
    heroAlt: ['Описание: картинки', '', undefined],
    draft: [true, false, undefined],
    redirectFrom: [['staroe-imya'], ['staroe', 'eshche-starshe'], [], undefined],
  };
  // A small deterministic generator (mulberry32): the same edits on every run.
  function random(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  for (const { file } of ALL) {
    if (unreadable(file.source)) continue;
    test(file.filePath, () => {
      const next = random([...file.filePath].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7));
      for (let round = 0; round < 25; round++) {
        const source = round % 5 === 4 ? windows(file.source) : file.source;
        const changes: Record<string, unknown> = {};
        for (const field of ADMIN_FIELDS) {
          if (next() < 0.4) {
            const pool = POOL[field.name]!;
            changes[field.name] = pool[Math.floor(next() * pool.length)];
          }
        }
        const output = serializePost({ ...throughDecap(parsePost(source)), ...changes });
        const before = siteRead(source);
        const after = siteRead(output);
        const expected: Record<string, unknown> = { ...before.data };
        for (const [name, value] of Object.entries(changes)) {
          const cleared = value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && !value.length);
          if (cleared) delete expected[name];
          else expected[name] = name === 'keywords' ? parseKeywords(value) : typeof value === 'string' ? value.trim() : value;
        }
        const label = `${file.filePath} round ${round}: ${JSON.stringify(changes)}`;
        assert.deepEqual(modelView(after.data), modelView(expected), label);
        const unknown = (data: Record<string, unknown>) => Object.fromEntries(Object.entries(data).filter(([key]) => !ADMIN_FIELDS.some((f) => f.name === key)));
        assert.deepEqual(unknown(after.data), unknown(before.data), label);
        assert.equal(after.body, before.body, label);
        assert.deepEqual(parseFrontmatter(output).data, after.data, `${label}: the checker reads what Contentlayer reads`);
      }
    });
  }
});

// ---------------------------------------------------------------------------
// 4. A new post

describe('a new post', () => {
  const NEW_FILE = 'content/blog/novaya-statya.md';
  const form = {
    title: 'Как мыть окна: пошагово',
    description: 'Инструменты и порядок работы.',
    pubDate: wallClockToFileDate('2025-08-01T10:00'),
    updatedDate: '',
    author: '',
    keywords: ['мытьё окон', 'уборка: чек-лист'],
    heroImage: '/images/bank-card.jpg',
    heroAlt: 'Банковская карта',
    draft: true,
    body: '## Инструменты\n\nСкребок и микрофибра.\n',
  };

  test('is written in the model order, in plain YAML: a list of keywords, quotes only where YAML needs them, an unquoted flag', () => {
    assert.equal(
      serializePost(form),
      [
        '---',
        'title: "Как мыть окна: пошагово"',
        'description: Инструменты и порядок работы.',
        'pubDate: "2025-08-01T10:00:00+03:00"',
        'keywords:',
        '  - мытьё окон',
        '  - "уборка: чек-лист"',
        'heroImage: /images/bank-card.jpg',
        'heroAlt: Банковская карта',
        'draft: true',
        '---',
        '## Инструменты',
        '',
        'Скребок и микрофибра.',
        '',
      ].join('\n'),
    );
  });

  test('check:content accepts it, and the site reads what the form held', () => {
    const output = serializePost(form);
    const file = { filePath: NEW_FILE, source: output };
    assert.deepEqual(validatePostFile(file, contextFor(BLOG, [...BLOG.files, file])), []);
    const view = modelView(siteRead(output).data);
    assert.equal(view.title, form.title);
    assert.deepEqual(view.keywords, form.keywords);
    assert.equal(view.draft, true);
    assert.equal(view.author, site.defaultAuthor);
    assert.equal(view.pubDate, '2025-08-01T10:00:00+03:00');
  });

  test('the order of the form does not matter, only the model', () => {
    const reversed = Object.fromEntries(Object.entries(form).reverse());
    assert.equal(serializePost(reversed), serializePost(form));
  });
});

// ---------------------------------------------------------------------------
// The entry and the adapter

describe('the entry Decap gets', () => {
  test('the admin fields are the model fields but schema', () => {
    assert.deepEqual(
      ADMIN_FIELDS.map((f) => f.name),
      POST_FIELDS.map((f) => f.name).filter((n) => n !== 'schema'),
    );
  });

  test('widget values, the body and the source; no schema, no unknown keys', () => {
    const entry = parsePost(SEED.source);
    assert.deepEqual(Object.keys(entry), ['title', 'description', 'pubDate', 'author', 'keywords', 'heroImage', 'body', SOURCE_KEY]);
    assert.equal(entry[SOURCE_KEY], SEED.source);
    assert.equal(entry.title, 'Доверие клиентов: как его завоевать и удержать');
    const folded = parsePost(FOLDED.source);
    assert.equal(folded.title, 'Агентство недвижимости или самостоятельно: как выгодно сдать квартиру в Санкт-Петербурге');
    assert.equal(parsePost(UBORKA.source).draft, false);
  });

  test('never throws, whatever the file', () => {
    for (const source of ['', '---', '---\n', '\uFEFF', '---js\n{}\n---\n', '---\n- a\n---\n', '---\n: :\n---\n', '---\n&a x: *a\n---\n', '\r\r\n---']) {
      const entry = parsePost(source);
      assert.equal(entry[SOURCE_KEY], source);
      assert.equal(serializePost(entry), source, JSON.stringify(source));
    }
  });

  test('decapFormat has the shape registerCustomFormat expects', () => {
    // Decap's own type (decap-cms-core index.d.ts, Formatter): a type error here if the adapter drifts from it.
    const formatter: { fromFile(content: string): unknown; toFile(data: object, sortedKeys?: string[], comments?: Record<string, string>): string } = decapFormat;
    assert.equal(formatter, decapFormat);
    assert.equal(typeof decapFormat.fromFile, 'function');
    assert.equal(typeof decapFormat.toFile, 'function');
    assert.equal(decapFormat.fromFile.length, 1);
    const data = decapFormat.fromFile(SEED.source);
    assert.equal(decapFormat.toFile({ ...data, description: 'Д' }, ['title', 'description'], { title: 'comment' }), serializePost({ ...data, description: 'Д' }));
  });
});

// ---------------------------------------------------------------------------
// The admin's browser bundle can use it

test('bundled for the browser, the format runs with no Node API at hand', async () => {
  const result = await build({
    stdin: {
      contents: "export { parsePost, serializePost } from './frontmatter-format'; export { wallClockToFileDate, fileDateToWallClock } from './moscow-time';",
      resolveDir: path.join(ROOT, 'lib/admin'),
      loader: 'ts',
    },
    ...adminBundleOptions(),
    globalName: 'adminFormat',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  assert.doesNotMatch(code, /require\(["']node:/);
  // What a browser has and Node's own globals (process, Buffer, require) are not.
  const sandbox = vm.createContext({ TextDecoder, URL, console });
  vm.runInContext(`${code}\nglobalThis.adminFormat = adminFormat;`, sandbox);
  const format = sandbox.adminFormat as {
    parsePost: typeof parsePost;
    serializePost: typeof serializePost;
    wallClockToFileDate: typeof wallClockToFileDate;
  };
  const entry = format.parsePost(SEED.source);
  assert.equal(format.serializePost(entry), SEED.source);
  assert.equal(format.serializePost({ ...entry, description: NEW_DESCRIPTION }), serializePost({ ...parsePost(SEED.source), description: NEW_DESCRIPTION }));
  assert.equal(format.wallClockToFileDate('2025-08-01T10:15:30'), '2025-08-01T10:15:30+03:00');
});
