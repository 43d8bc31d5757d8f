import path from 'node:path';
import { slugify } from 'transliteration';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { isMap, isScalar, type Document } from 'yaml';
import { contentMessages } from '../markdown/checks/messages';
import { configurePostPipeline } from '../markdown/pipeline';
import { ogGlyphs } from '../og/assets';
import type { GlyphCoverage } from '../og/glyphs';
import { site, type PlaceholderAction } from '../site';
import { validateEditorSchema } from '../seo/validate-editor-schema';
import { loadVocabulary, type Vocabulary } from '../seo/vocabulary';
import type { PostCatalog } from './catalog';
import { parseContentDate, toEpoch } from './dates';
import { foreignFrontmatterFence, parseFrontmatter, splitFrontmatter, type FrontmatterSource } from './frontmatter';
import { keywordSlugProblems, tagCollisionProblems, type PostKeywords } from './keyword-checks';
import { parseKeywords } from './keywords';
import { buildHeadingIndex, type CorpusHeadingIndex, type HeadingIndex } from './heading-index';
import { IMAGE_ADDRESS, imageSourceProblem } from './image-source';
import { slugFromFilePath } from './paths';
import { problemFromMessage, type ContentProblem } from './problems';
import { kindOf, nearestNames, shown } from './diagnostics';

/**
 * The editor-facing content checks behind `npm run check:content`. Everything
 * here is pure (apart from looking up hero files under `publicDir`) and
 * returns problems instead of throwing, so one run lists every mistake at once.
 */

export interface SourceFile {
  /** Path as the editor sees it in the repository, e.g. content/blog/x.md. */
  readonly filePath: string;
  readonly source: string;
}

export interface ValidationContext {
  readonly catalog: PostCatalog;
  /** Origins under which absolute links count as links to our posts. */
  readonly siteOrigins: readonly string[];
  /** Folder that a hero path like /images/x.jpg is looked up in. */
  readonly publicDir: string;
  /**
   * Heading ids of every post by slug, for checking /blog/x/#fragment links.
   * validateCorpus fills it in; without it fragments are not checked.
   */
  readonly headingIds?: HeadingIndex;
  /** The schema.org vocabulary for the `schema` field; loaded (once, memoised) when absent. */
  readonly vocabulary?: Vocabulary;
  /** Known editorial placeholders; site.placeholders when absent. */
  readonly placeholders?: readonly PlaceholderAction[];
  /** The build's clock, for telling scheduled posts from published ones; the real time when absent. */
  readonly now?: Date;
  /** Origins the site's CSP lets images come from; site.imageOrigins when absent. */
  readonly imageOrigins?: readonly string[];
  /** What the generated social image's fonts draw; the shipped fonts (lib/og/assets) when absent. */
  readonly ogGlyphs?: GlyphCoverage;
}

type Problem = Omit<ContentProblem, 'file'>;

export { buildHeadingIndex, headingIdsOf, type HeadingIndex } from './heading-index';

export const TITLE_MAX = 70;
export const DESCRIPTION_MAX = 160;

/** The fields of the content model in contentlayer.config.ts, in the order editors write them. */
export const KNOWN_FIELDS = [
  'title',
  'description',
  'pubDate',
  'updatedDate',
  'author',
  'keywords',
  'heroImage',
  'heroAlt',
  'draft',
  'schema',
] as const;

const DATE_EXPECTED = '2025-07-26 или 2025-07-26T09:57:37Z';

// ---------------------------------------------------------------------------
// Small helpers

/** Characters, not UTF-16 units: what an editor counts. */
function charCount(text: string): number {
  return Array.from(text.replace(/\s+/g, ' ').trim()).length;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

// ---------------------------------------------------------------------------
// File name

const URL_SAFE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;

/** "plohoe-imya.md" for "Плохое Имя.md", or '' when nothing Latin can be made of it. */
export function suggestedFileName(fileName: string): string {
  const base = fileName.replace(/\.md$/i, '').normalize('NFC');
  const slug = slugify(base, { lowercase: true, separator: '-', allowedChars: 'a-zA-Z0-9' });
  return slug ? `${slug}.md` : '';
}

/** Names the kinds of characters that make a file name unusable as a URL. */
function nameFaults(fileName: string): string[] {
  const base = fileName.replace(/\.md$/i, '').normalize('NFC');
  const faults: string[] = [];
  if (/[а-яё]/i.test(base)) faults.push('кириллица');
  if (/\s/.test(base)) faults.push('пробелы');
  if (/[A-Z]/.test(base)) faults.push('заглавные буквы');
  if (/_/.test(base)) faults.push('подчёркивания');
  if (/--|^-|-$/.test(base)) faults.push('лишние дефисы');
  const others = [...new Set(base.replace(/[a-z0-9\-_\sа-яё]/gi, ''))];
  if (others.length) faults.push(`символы ${others.map((c) => `«${c}»`).join(' ')}`);
  if (!/\.md$/.test(fileName)) faults.push('расширение не .md');
  return faults;
}

function checkFileName(filePath: string): Problem[] {
  const fileName = path.posix.basename(filePath.replace(/\\/g, '/'));
  if (URL_SAFE_NAME.test(fileName)) return [];
  const suggestion = suggestedFileName(fileName);
  return [
    {
      field: 'имя файла',
      value: fileName,
      message: `имя файла становится адресом статьи, а в нём ${nameFaults(fileName).join(', ')}`,
      expected: suggestion
        ? `только строчные латинские буквы, цифры и одиночные дефисы: переименуйте файл в ${suggestion}`
        : 'только строчные латинские буквы, цифры и одиночные дефисы, например kak-ubrat-kvartiru.md',
      severity: 'error',
    },
  ];
}

// ---------------------------------------------------------------------------
// Frontmatter: structure and YAML syntax

interface Field {
  /** The key as written. */
  readonly key: string;
  /** 1-based line of the key in the file. */
  readonly line: number;
  readonly value: unknown;
}
type Fields = ReadonlyMap<string, Field>;

/** Russian explanations for the YAML mistakes editors actually make. */
const YAML_HINTS: Readonly<Record<string, { message: string; expected: string }>> = {
  BLOCK_AS_IMPLICIT_KEY: {
    message: 'в значении есть двоеточие с пробелом, и YAML принимает его за новое поле',
    expected: 'значение в кавычках, например title: "Уборка: с чего начать"',
  },
  MULTILINE_IMPLICIT_KEY: {
    message: 'значение перенесено на новую строку без отступа или кавычек',
    expected: 'значение в кавычках на одной строке',
  },
  DUPLICATE_KEY: { message: 'поле написано дважды', expected: 'каждое поле один раз' },
  TAB_AS_INDENT: { message: 'отступ сделан табуляцией', expected: 'отступ пробелами' },
  MISSING_CHAR: {
    message: 'не закрыта кавычка или скобка',
    expected: 'парные кавычки "…" и скобки […], {…}',
  },
  BAD_INDENT: { message: 'неверный отступ', expected: 'поля без отступа, элементы списка с одинаковым отступом' },
  BAD_ALIAS: {
    message: 'значение начинается с * или &, а для YAML это особые знаки',
    expected: 'значение в кавычках, например title: "*Новинка* сезона"',
  },
  UNEXPECTED_TOKEN: {
    message: 'после закрывающей кавычки идёт ещё текст: внутри значения, видимо, такие же кавычки',
    expected: 'другие кавычки внутри, например title: "Он сказал: «привет»"',
  },
  BAD_DQ_ESCAPE: {
    message: 'внутри двойных кавычек есть обратная косая черта \\',
    expected: 'одинарные кавычки вокруг значения или \\\\ вместо \\',
  },
};

function yamlProblems(document: Document, yaml: string, yamlStartLine: number): Problem[] {
  const lines = yaml.split('\n');
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const error of document.errors) {
    // parseFrontmatter's lines need prettyErrors; the offset is always there.
    const yamlLine = lineAt(yaml, error.pos[0]);
    const hint = YAML_HINTS[error.code];
    const message = hint ? `ошибка YAML: ${hint.message}` : `ошибка YAML (${error.message.split('\n')[0]})`;
    const line = yamlLine + yamlStartLine - 1;
    if (seen.has(`${line}\n${message}`)) continue;
    seen.add(`${line}\n${message}`);
    problems.push({
      line,
      field: 'frontmatter',
      value: (lines[Math.min(yamlLine, lines.length) - 1] ?? '').trim(),
      message,
      expected: hint?.expected ?? 'каждое поле на своей строке в виде «имя: значение»',
      severity: 'error',
    });
  }
  return problems;
}

function missingFrontmatter(source: string): Problem {
  const unclosed = /^\uFEFF?---[ \t]*\r?\n/.test(source);
  return {
    line: 1,
    field: 'frontmatter',
    message: unclosed ? 'блок полей в начале файла не закрыт строкой ---' : 'в начале файла нет блока полей (frontmatter)',
    expected: unclosed
      ? 'строка --- после последнего поля'
      : 'в начале файла строка ---, под ней поля title, description, pubDate, затем снова строка ---',
    severity: 'error',
  };
}

/** Every top-level field with the line of its key. */
function readFields(document: Document, data: Record<string, unknown>, yaml: string, yamlStartLine: number): Fields {
  const fields = new Map<string, Field>();
  if (!isMap(document.contents)) return fields;
  for (const pair of document.contents.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const offset = pair.key.range?.[0] ?? 0;
    fields.set(key, { key, line: lineAt(yaml, offset) + yamlStartLine - 1, value: data[key] });
  }
  return fields;
}

// ---------------------------------------------------------------------------
// Frontmatter: fields

const normaliseKey = (key: string) => key.toLowerCase().replace(/[_\-\s]/g, '');

/** The known field an unknown key was probably meant to be. */
export function closestField(key: string): string | null {
  return nearestNames(key, KNOWN_FIELDS, 2, normaliseKey)[0] ?? null;
}

function checkUnknownFields(fields: Fields): Problem[] {
  const known = new Set<string>(KNOWN_FIELDS);
  return [...fields.values()]
    .filter((f) => !known.has(f.key))
    .map((f) => {
      const suggestion = closestField(f.key);
      return {
        line: f.line,
        field: f.key,
        value: shown(f.value),
        message: suggestion ? `неизвестное поле; возможно, вы имели в виду ${suggestion}` : 'неизвестное поле',
        ...(suggestion ? {} : { expected: `одно из полей: ${KNOWN_FIELDS.join(', ')}` }),
        severity: 'error' as const,
      };
    });
}

const REQUIRED_TEXT: Readonly<Record<'title' | 'description', { expected: string; max: number; tooLong: string; advice: string }>> = {
  title: {
    expected: 'заголовок статьи, например title: "Как ухаживать за паркетом"',
    max: TITLE_MAX,
    tooLong: 'заголовок длиннее',
    advice: 'поисковики обрезают более длинные заголовки',
  },
  description: {
    expected: 'краткое описание статьи для поисковиков и соцсетей',
    max: DESCRIPTION_MAX,
    tooLong: 'описание длиннее',
    advice: 'поисковики обрезают более длинные описания',
  },
};

function checkRequiredText(fields: Fields, name: 'title' | 'description'): Problem[] {
  const rule = REQUIRED_TEXT[name];
  const field = fields.get(name);
  if (!field) return [{ line: 1, field: name, message: 'нет обязательного поля', expected: rule.expected, severity: 'error' }];
  const { value, line } = field;
  if (value !== null && typeof value !== 'string') {
    return [{ line, field: name, value: shown(value), message: `не текст, а ${kindOf(value)}`, expected: rule.expected, severity: 'error' }];
  }
  if (value === null || value.trim() === '') {
    return [{ line, field: name, message: 'поле пустое', expected: rule.expected, severity: 'error' }];
  }
  const count = charCount(value);
  if (count <= rule.max) return [];
  return [
    {
      line,
      field: name,
      value: shown(value),
      message: `${rule.tooLong} ${rule.max} символов (${count})`,
      expected: `до ${rule.max} символов: ${rule.advice}`,
      severity: 'warning',
    },
  ];
}

/** Optional text fields: absent or empty is fine (Contentlayer skips null), anything but text is not. */
function checkOptionalText(fields: Fields, name: 'author' | 'heroAlt'): Problem[] {
  const field = fields.get(name);
  if (!field || field.value === null || typeof field.value === 'string') return [];
  return [
    {
      line: field.line,
      field: name,
      value: shown(field.value),
      message: `не текст, а ${kindOf(field.value)}`,
      expected: 'текст в одну строку, при необходимости в кавычках',
      severity: 'error',
    },
  ];
}

/**
 * The generated social image (app/og) draws only what its shipped fonts have
 * and leaves the rest out, so the editor hears which characters will be missing.
 */
function checkOgGlyphs(fields: Fields, name: 'title' | 'author', glyphs: GlyphCoverage): Problem[] {
  const field = fields.get(name);
  if (!field || typeof field.value !== 'string') return [];
  const { missing } = glyphs.fit(field.value);
  if (!missing.length) return [];
  return [
    {
      line: field.line,
      field: name,
      value: shown(field.value),
      message: `на картинке для соцсетей не будет символов, которых нет в её шрифтах: ${missing.map((c) => `«${c}»`).join(' ')}`,
      expected:
        'русские и латинские буквы, цифры и знаки препинания; если эти символы важны, укажите обложку в heroImage: соцсети покажут её',
      severity: 'warning',
    },
  ];
}

function checkDates(fields: Fields): Problem[] {
  const problems: Problem[] = [];
  const pub = fields.get('pubDate');
  let published: string | null = null;
  if (!pub) {
    problems.push({ line: 1, field: 'pubDate', message: 'нет обязательного поля', expected: `дата публикации: ${DATE_EXPECTED}`, severity: 'error' });
  } else if (pub.value === null) {
    problems.push({ line: pub.line, field: 'pubDate', message: 'поле пустое', expected: `дата публикации: ${DATE_EXPECTED}`, severity: 'error' });
  } else {
    published = parseContentDate(pub.value);
    if (!published) problems.push(notADate(pub));
  }
  const upd = fields.get('updatedDate');
  if (upd && upd.value !== null) {
    const updated = parseContentDate(upd.value);
    if (!updated) problems.push(notADate(upd));
    else if (published && toEpoch(updated) < toEpoch(published)) {
      problems.push({
        line: upd.line,
        field: upd.key,
        value: shown(upd.value),
        message: `дата обновления раньше даты публикации (pubDate: ${shown(pub?.value)})`,
        expected: 'updatedDate не раньше pubDate',
        severity: 'error',
      });
    }
  }
  return problems;
}

function notADate(field: Field): Problem {
  return { line: field.line, field: field.key, value: shown(field.value), message: 'не дата', expected: DATE_EXPECTED, severity: 'error' };
}

/** `keywords` is the list as the pages read it (parseKeywords), parsed once by checkFrontmatter. */
function checkKeywords(fields: Fields, keywords: readonly string[]): Problem[] {
  const field = fields.get('keywords');
  if (!field || field.value === null) return [];
  if (typeof field.value === 'string') return keywordSlugProblems(keywords, field.line);
  const expected = 'слова через запятую в одной строке или список, где каждая строка начинается с «- »';
  if (!Array.isArray(field.value)) {
    return [{ line: field.line, field: field.key, value: shown(field.value), message: `не текст и не список, а ${kindOf(field.value)}`, expected, severity: 'error' }];
  }
  const bad = field.value.filter((item) => typeof item !== 'string');
  if (!bad.length) return keywordSlugProblems(keywords, field.line);
  return [
    {
      line: field.line,
      field: field.key,
      value: shown(field.value),
      message: `в списке есть элементы, которые не текст: ${bad.map((item) => `${shown(item) || '(пусто)'} (${kindOf(item)})`).join(', ')}`,
      expected: `${expected}; слово с двоеточием или числом — в кавычках`,
      severity: 'error',
    },
  ];
}

function checkHeroImage(fields: Fields, publicDir: string, imageOrigins: readonly string[]): Problem[] {
  const field = fields.get('heroImage');
  if (!field || field.value === null) return [];
  const base = { line: field.line, field: field.key, value: shown(field.value) };
  if (typeof field.value !== 'string') {
    return [
      {
        ...base,
        message: `не текст, а ${kindOf(field.value)}`,
        expected: IMAGE_ADDRESS,
        severity: 'error',
      },
    ];
  }
  const problem = imageSourceProblem(field.value.trim(), publicDir, imageOrigins);
  return problem ? [{ ...base, ...problem }] : [];
}

function checkDraft(fields: Fields): Problem[] {
  const field = fields.get('draft');
  if (!field || field.value === null || typeof field.value === 'boolean') return [];
  return [
    {
      line: field.line,
      field: field.key,
      value: shown(field.value),
      // draft: "true" is text, not yes/no: say so, or the message reads as «true» — не true/false.
      message: /^(true|false)$/i.test(String(field.value).trim()) ? 'true/false в кавычках — это текст, а не да/нет' : 'не true/false',
      expected: 'draft: true (черновик, на сайте не виден) или draft: false, без кавычек',
      severity: 'error',
    },
  ];
}

/** The editor's `schema` object, checked against schema.org and Google's rules; one problem per mistake. */
function checkSchema(fields: Fields, context: ValidationContext): Problem[] {
  const field = fields.get('schema');
  if (!field || field.value === null) return [];
  const vocabulary = context.vocabulary ?? loadVocabulary();
  return validateEditorSchema(field.value, vocabulary).map((problem) => ({
    line: field.line,
    field: problem.property ? `${field.key}.${problem.property}` : field.key,
    ...(problem.value !== undefined ? { value: problem.value } : {}),
    message: problem.message,
    expected: problem.expected,
    severity: 'error' as const,
  }));
}

/**
 * A block in another language than YAML. gray-matter would run `---js` as
 * JavaScript; in this project it refuses it (packages/gray-matter-yaml-only),
 * and the check says why in the editor's words.
 */
function foreignFrontmatter(fence: string): Problem {
  return {
    line: 1,
    field: 'frontmatter',
    value: fence,
    message: 'блок полей открыт не строкой ---, а другой: сайт читает поля только в формате YAML, и такой блок не примет',
    expected: 'первая строка файла — ровно --- (три дефиса, после них ничего), под ней поля в виде «имя: значение», затем снова строка ---',
    severity: 'error',
  };
}

function textAfterClosingFence(split: FrontmatterSource): Problem[] {
  if (split.closingLineRest === undefined) return [];
  return [
    {
      line: split.closingLine,
      field: 'frontmatter',
      value: `---${split.closingLineRest}`,
      message: 'строка, которая закрывает блок полей, начинается с ---, но после них есть ещё текст',
      expected: 'блок полей закрывается строкой из трёх дефисов --- без текста после них; текст статьи — со следующей строки',
      severity: 'error',
    },
  ];
}

interface FrontmatterCheck {
  readonly problems: Problem[];
  /** The keywords as the pages read them, for the checks between posts; null without a readable field. */
  readonly keywords: { readonly line: number; readonly keywords: readonly string[] } | null;
}

function checkFrontmatter(source: string, context: ValidationContext): FrontmatterCheck {
  const only = (problems: Problem[]): FrontmatterCheck => ({ problems, keywords: null });
  const fence = foreignFrontmatterFence(source);
  if (fence !== null) return only([foreignFrontmatter(fence)]);
  const split = splitFrontmatter(source);
  if (split.yaml === null) return only([missingFrontmatter(source)]);
  const closing = textAfterClosingFence(split);
  if (closing.length) return only(closing);
  const parsed = parseFrontmatter(source);
  const document = parsed.document;
  if (!document) return only([missingFrontmatter(source)]);
  if (document.errors.length) return only(yamlProblems(document, split.yaml, split.yamlStartLine));
  if (document.contents !== null && !isMap(document.contents)) {
    return only([
      {
        line: split.yamlStartLine,
        field: 'frontmatter',
        message: 'блок полей не похож на список полей',
        expected: 'каждое поле на своей строке в виде «имя: значение»',
        severity: 'error',
      },
    ]);
  }
  const fields = readFields(document, parsed.data, split.yaml, split.yamlStartLine);
  const keywordsField = fields.get('keywords');
  const keywords = keywordsField ? parseKeywords(keywordsField.value) : [];
  const glyphs = context.ogGlyphs ?? ogGlyphs();
  const problems = [
    ...checkUnknownFields(fields),
    ...checkRequiredText(fields, 'title'),
    ...checkOgGlyphs(fields, 'title', glyphs),
    ...checkRequiredText(fields, 'description'),
    ...checkDates(fields),
    ...checkOptionalText(fields, 'author'),
    ...checkOgGlyphs(fields, 'author', glyphs),
    ...checkKeywords(fields, keywords),
    ...checkHeroImage(fields, context.publicDir, context.imageOrigins ?? site.imageOrigins),
    ...checkOptionalText(fields, 'heroAlt'),
    ...checkDraft(fields),
    ...checkSchema(fields, context),
  ];
  return {
    problems,
    keywords: keywordsField ? { line: keywordsField.line, keywords } : null,
  };
}

// ---------------------------------------------------------------------------
// Body: the page pipeline itself, with the checks only check:content runs

const checkProcessors = new WeakMap<ValidationContext, Processor>();

/** One processor per context: the page's pipeline, stopped before the stringifier, reporting instead of failing. */
function checkProcessor(context: ValidationContext): Processor {
  const cached = checkProcessors.get(context);
  if (cached) return cached;
  const processor = unified() as unknown as Processor;
  configurePostPipeline(processor, {
    catalog: context.catalog,
    siteOrigins: context.siteOrigins,
    contentDirPath: '',
    placeholders: context.placeholders ?? site.placeholders,
    failOnErrors: false,
    editorChecks: {
      publicDir: context.publicDir,
      imageOrigins: context.imageOrigins ?? site.imageOrigins,
      now: context.now ?? new Date(),
      ...(context.headingIds ? { headingIds: context.headingIds } : {}),
    },
  });
  checkProcessors.set(context, processor.freeze());
  return processor;
}

function checkBody(input: SourceFile, context: ValidationContext, index?: CorpusHeadingIndex): ContentProblem[] {
  const processor = checkProcessor(context);
  const file = new VFile({ path: input.filePath, value: input.source });
  processor.runSync(processor.parse(file), file);
  index?.remember(slugFromFilePath(input.filePath), file.data.headingIds ?? []);
  return contentMessages(file).map((message) => problemFromMessage(input.filePath, message));
}

// ---------------------------------------------------------------------------
// Entry points

/** Every problem of one post that can be seen without the other posts' files. */
export function validatePostFile(input: SourceFile, context: ValidationContext): ContentProblem[] {
  return checkPostFile(input, context).problems;
}

function checkPostFile(
  input: SourceFile,
  context: ValidationContext,
  index?: CorpusHeadingIndex,
): { problems: ContentProblem[]; keywords: PostKeywords | null } {
  const frontmatter = checkFrontmatter(input.source, context);
  const problems = [...checkFileName(input.filePath), ...frontmatter.problems, ...checkBody(input, context, index)];
  return {
    problems: problems.map((problem) => ({ file: input.filePath, ...problem })),
    keywords: frontmatter.keywords ? { filePath: input.filePath, ...frontmatter.keywords } : null,
  };
}

/** Slugs that become the same URL once case and Unicode normalisation are ignored. */
function slugKey(slug: string): string {
  return slug.normalize('NFC').toLowerCase();
}

function checkDuplicateSlugs(files: readonly SourceFile[]): ContentProblem[] {
  const groups = new Map<string, SourceFile[]>();
  for (const file of files) {
    const key = slugKey(slugFromFilePath(file.filePath));
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  const problems: ContentProblem[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const file of group) {
      const slug = slugFromFilePath(file.filePath);
      const others = group.filter((other) => other !== file);
      const exact = others.every((other) => slugFromFilePath(other.filePath) === slug);
      problems.push({
        file: file.filePath,
        field: 'имя файла',
        value: path.posix.basename(file.filePath.replace(/\\/g, '/')),
        message: `адрес статьи /blog/${slug}/ совпадает с адресом ${others.map((o) => o.filePath).join(', ')}${
          exact ? '' : ' (имена различаются только заглавными буквами или способом записи букв)'
        }`,
        expected: 'своё имя файла у каждой статьи',
        severity: 'error',
      });
    }
  }
  return problems;
}

/** Every problem of a set of posts, including those between posts. */
export function validateCorpus(files: readonly SourceFile[], context: ValidationContext): ContentProblem[] {
  const index = context.headingIds ? undefined : buildHeadingIndex(files, context);
  const full: ValidationContext = index ? { ...context, headingIds: index } : context;
  const checked = files.map((file) => checkPostFile(file, full, index));
  const keywords = checked.flatMap((post) => (post.keywords ? [post.keywords] : []));
  return [...checked.flatMap((post) => post.problems), ...checkDuplicateSlugs(files), ...tagCollisionProblems(keywords)];
}
