/**
 * Keeps the editors' guide (docs/editing.md) honest. The guide promises to
 * explain every message `npm run check:content` can print; these tests fail
 * when a message is added or reworded in the checker and the guide is not.
 *
 *   npx tsx --test scripts/editing-guide.test.ts
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { KNOWN_FIELDS } from '../lib/content/validate';
import { BROKEN_FILE_COUNT, EXPECTED } from '../tests/fixtures/content-broken/expected';
import { summaryLine } from './check-content';

const GUIDE = readFileSync(new URL('../docs/editing.md', import.meta.url), 'utf8');

/** Shorter than this, a stem could match the guide by accident. */
const MIN_STEM = 8;

// ---------------------------------------------------------------------------
// The stem rule

/**
 * Where the variable part of a message can begin: a value in «ёлочках», a
 * number (counts, dates, scales), a post address, an anchor, the pubDate the
 * message quotes back, or a JSON value.
 */
const VARIABLE_START = /«|\d|\/blog\/|#|\(pubDate|\{/;

/** The message cut before its first variable part, without the punctuation that led into it. */
function stemOf(message: string): string {
  const cut = VARIABLE_START.exec(message);
  return (cut ? message.slice(0, cut.index) : message).replace(/[\s:;,—(]+$/u, '');
}

interface StemException {
  /** Which messages the exception is for. */
  readonly match: RegExp;
  /** Fixed parts of those messages, each of which the guide must contain. */
  readonly fragments: readonly string[];
  /** Why the rule alone does not give a meaningful stem. */
  readonly why: string;
}

/**
 * Messages whose variable part the rule cannot see (a kind of value, a field
 * name, a list of faults), or whose stem by the rule is a bare word. Their
 * fixed parts are listed by hand.
 */
const STEM_EXCEPTIONS: readonly StemException[] = [
  { match: /^не дата$/, fragments: ['— не дата'], why: 'seven characters: checked with the dash that leads into every message' },
  { match: /^не текст, а /, fragments: ['не текст, а'], why: 'ends with the kind of value: список, число, true/false…' },
  { match: /^не JSON-объект, а /, fragments: ['не JSON-объект, а'], why: 'ends with the kind of value' },
  {
    match: /^шаг записан как .+, а не как описание шага$/,
    fragments: ['шаг записан как', ', а не как описание шага'],
    why: 'the kind of value sits in the middle',
  },
  {
    match: /^неизвестное поле; возможно, вы имели в виду /,
    fragments: ['неизвестное поле; возможно, вы имели в виду'],
    why: 'ends with the suggested field name',
  },
  {
    match: /^имя файла становится адресом статьи, а в нём /,
    fragments: ['имя файла становится адресом статьи, а в нём'],
    why: 'ends with the list of faults: кириллица, пробелы…',
  },
  {
    match: /^адрес статьи \/blog\/[^ ]+ совпадает с адресом .+ \(имена различаются только заглавными буквами или способом записи букв\)$/,
    fragments: ['адрес статьи', 'совпадает с адресом', '(имена различаются только заглавными буквами или способом записи букв)'],
    why: 'the rule stops at /blog/ and keeps only «адрес статьи»',
  },
  { match: /^статьи «[^»]+» нет в content\/blog$/, fragments: ['статьи «', 'нет в content/blog'], why: 'the rule keeps only «статьи»' },
  {
    match: /^статья «[^»]+» — черновик \(draft: true\), на сайте её нет$/,
    fragments: ['— черновик (draft: true), на сайте её нет'],
    why: 'the rule keeps only «статья»',
  },
  {
    match: /^статья «[^»]+» выйдет только .+, до тех пор ссылка будет вести в никуда$/,
    fragments: ['выйдет только', 'до тех пор ссылка будет вести в никуда'],
    why: 'the rule keeps only «статья»',
  },
  {
    match: /^в статье «[^»]+» нет заголовка с якорем #/,
    fragments: ['в статье «', 'нет заголовка с якорем #'],
    why: 'the rule keeps only «в статье»',
  },
];

/** What the guide must contain for one message. */
function requiredFragments(message: string): readonly string[] {
  return STEM_EXCEPTIONS.find((exception) => exception.match.test(message))?.fragments ?? [stemOf(message)];
}

const problems = EXPECTED.flatMap((c) => c.problems);

// ---------------------------------------------------------------------------
// The rule itself

test('the stem rule gives meaningful stems for every message of the broken corpus', () => {
  for (const problem of problems) {
    for (const fragment of requiredFragments(problem.message)) {
      assert.ok(fragment.length >= MIN_STEM, `stem «${fragment}» of «${problem.message}» is shorter than ${MIN_STEM} characters`);
      // A fragment must be the message's own text (an exception may add the dash that precedes it).
      assert.ok(
        `— ${problem.message}`.includes(fragment),
        `stem «${fragment}» is not part of the message «${problem.message}»`,
      );
    }
  }
  // Known answers, so a change to the rule is a deliberate one.
  assert.equal(stemOf('оценка вне шкалы от 1 до 5'), 'оценка вне шкалы от');
  assert.equal(stemOf('дата обновления раньше даты публикации (pubDate: 2025-07-26)'), 'дата обновления раньше даты публикации');
  assert.equal(stemOf('заголовок длиннее 70 символов (76)'), 'заголовок длиннее');
  assert.equal(stemOf('в списке есть элементы, которые не текст: {"окна":"мытьё"} (вложенные поля)'), 'в списке есть элементы, которые не текст');
});

test('every stem exception is still needed by some message of the broken corpus', () => {
  for (const exception of STEM_EXCEPTIONS) {
    assert.ok(
      problems.some((problem) => exception.match.test(problem.message)),
      `no message matches the exception ${exception.match} any more: remove it`,
    );
  }
});

// ---------------------------------------------------------------------------
// The guide

test('the guide explains every message of the broken corpus', () => {
  const missing = problems.flatMap((problem) =>
    requiredFragments(problem.message)
      .filter((fragment) => !GUIDE.includes(fragment))
      .map((fragment) => `${problem.file} ${problem.field}: «${fragment}» (from «${problem.message}»)`),
  );
  assert.deepEqual(missing, [], `docs/editing.md does not mention:\n${missing.join('\n')}`);
});

test('the guide shows the summary line as the checker prints it for the broken corpus', () => {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const line = summaryLine(BROKEN_FILE_COUNT, errors, problems.length - errors);
  assert.ok(GUIDE.includes(line), `docs/editing.md does not show the summary line «${line}»`);
});

test('the guide gives every frontmatter field a heading or a code span', () => {
  const headings = GUIDE.split('\n')
    .filter((line) => /^#{1,6}\s/.test(line))
    .map((line) => line.replace(/^#+\s*/, '').replace(/`/g, '').trim());
  const codeSpans = new Set([...GUIDE.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]));
  const missing = KNOWN_FIELDS.filter((field) => !headings.includes(field) && !codeSpans.has(field));
  assert.deepEqual(missing, [], `fields without a heading or \`code span\` in docs/editing.md: ${missing.join(', ')}`);
});

// ---------------------------------------------------------------------------
// Beyond the fixture: every message written in the checker's source

/** The checker's files whose messages editors read. */
const MESSAGE_SOURCES = [
  'lib/content/validate.ts',
  'lib/content/model.ts',
  'lib/content/checks/file-name.ts',
  'lib/content/checks/frontmatter.ts',
  'lib/content/checks/text-fields.ts',
  'lib/content/checks/date-fields.ts',
  'lib/content/checks/keywords-field.ts',
  'lib/content/checks/image.ts',
  'lib/content/checks/flag-field.ts',
  'lib/content/checks/corpus.ts',
  'lib/content/content-files.ts',
  'lib/content/source-text.ts',
  'lib/seo/validate-editor-schema.ts',
  'lib/markdown/remark-placeholders.ts',
  'lib/markdown/remark-post-links.ts',
  'lib/content/keyword-checks.ts',
  'lib/markdown/remark-content-limits.ts',
  'lib/content/image-source.ts',
  'lib/markdown/checks/body-images.ts',
  'lib/markdown/checks/post-links.ts',
  'lib/markdown/checks/fragments.ts',
] as const;

/**
 * The fixed text of every string and template literal in the JS expression
 * that starts at `start` and ends at the `,` `;` or closing bracket after it.
 * A template literal is split at each `${…}`; literals nested inside are
 * collected too. Enough of JavaScript for object-literal property values.
 */
function literalTexts(code: string, start: number): string[] {
  const pieces: string[] = [];
  let i = start;
  const quoted = (quote: string): string => {
    let text = '';
    i++;
    while (i < code.length && code[i] !== quote) {
      if (code[i] === '\\') {
        text += code[i + 1] ?? '';
        i += 2;
      } else text += code[i++];
    }
    i++;
    return text;
  };
  const template = (): void => {
    let text = '';
    i++;
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '\\') {
        text += code[i + 1] ?? '';
        i += 2;
      } else if (code[i] === '$' && code[i + 1] === '{') {
        pieces.push(text);
        text = '';
        i += 2;
        expression(true);
        i++; // the } that closes ${
      } else text += code[i++];
    }
    i++;
    pieces.push(text);
  };
  const expression = (inTemplate: boolean): void => {
    let depth = 0;
    while (i < code.length) {
      const c = code[i] ?? '';
      if (c === "'" || c === '"') {
        pieces.push(quoted(c));
        continue;
      }
      if (c === '`') {
        template();
        continue;
      }
      if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) {
        if (depth === 0) return;
        depth--;
      } else if ((c === ',' || c === ';') && depth === 0 && !inTemplate) return;
      i++;
    }
  };
  expression(false);
  return pieces;
}

/** A literal piece as the guide quotes it: without the spaces, quotes and punctuation that join it to the variable parts. */
function cleanPiece(piece: string): string {
  return piece.replace(/^[\s»),;:]+/u, '').replace(/[\s«(#:;,]+$/u, '');
}

/** Every fixed piece of every message (and the message parts tooLong and faults) written in `file`. */
function sourceMessagePieces(file: string): string[] {
  const code = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
  const starts = [
    ...[...code.matchAll(/\b(?:message|tooLong):/g)].map((m) => (m.index ?? 0) + m[0].length),
    ...[...code.matchAll(/\bfaults\.push\(/g)].map((m) => (m.index ?? 0) + m[0].length),
  ];
  return [
    ...new Set(
      starts
        .flatMap((start) => literalTexts(code, start))
        .map(cleanPiece)
        // Joiners such as ' (' or 'до' say nothing on their own; words like «пробелы» do.
        .filter((piece) => (piece.match(/[\p{L}]/gu) ?? []).length >= 4),
    ),
  ];
}

test('the reader of the checker source finds the messages it must find', () => {
  // validate.ts and the modules it puts together (lib/content/checks, the model's texts).
  const validate = MESSAGE_SOURCES.filter((file) => file === 'lib/content/validate.ts' || file.startsWith('lib/content/checks/') || file === 'lib/content/model.ts').flatMap(sourceMessagePieces);
  for (const piece of [
    'в значении есть двоеточие с пробелом, и YAML принимает его за новое поле',
    'внутри двойных кавычек есть обратная косая черта \\',
    'в списке есть элементы, которые не текст',
    '(пусто)',
    'неизвестное поле; возможно, вы имели в виду',
    'заголовок длиннее',
    'символов',
    'пробелы',
  ]) {
    assert.ok(validate.includes(piece), `not read from validate.ts or lib/content/checks: «${piece}»`);
  }
  assert.ok(sourceMessagePieces('lib/markdown/checks/fragments.ts').includes('нет заголовка с якорем'));
  assert.ok(sourceMessagePieces('lib/markdown/checks/post-links.ts').includes('— черновик (draft: true), на сайте её нет'));
  assert.ok(sourceMessagePieces('lib/seo/validate-editor-schema.ts').includes('не длительность в формате ISO 8601'));
  assert.ok(sourceMessagePieces('lib/markdown/checks/post-links.ts').includes('нет в content/blog'));
});

test('the guide explains every message written in the checker source', () => {
  const missing = MESSAGE_SOURCES.flatMap((file) =>
    sourceMessagePieces(file)
      .filter((piece) => !GUIDE.includes(piece))
      .map((piece) => `${file}: «${piece}»`),
  );
  assert.deepEqual(missing, [], `docs/editing.md does not mention:\n${missing.join('\n')}`);
});
