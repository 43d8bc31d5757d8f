import { isMap, isScalar, type Document } from 'yaml';
import { ogGlyphs } from '../../og/assets';
import { site } from '../../site';
import { loadVocabulary, type Vocabulary } from '../../seo/vocabulary';
import { nearestNames, shown } from '../diagnostics';
import { foreignFrontmatterFence, parseFrontmatter, splitFrontmatter, type FrontmatterSource } from '../frontmatter';
import { parseKeywords } from '../keywords';
import { FIELD_NAMES, knownField, POST_FIELDS, type FieldKind, type PostFieldName } from '../model';
import type { ValidationContext } from '../validate';
import { checkDateField } from './date-fields';
import type { Field, FieldCheck, Fields, Problem } from './fields';
import { checkFlagField } from './flag-field';
import { checkImageField } from './image';
import { checkKeywordsField } from './keywords-field';
import { checkRedirectsField } from './redirects-field';
import { checkSchemaField } from './schema-field';
import { checkTextField } from './text-fields';

/**
 * The frontmatter half of check:content: the block's structure and YAML
 * syntax, then every field by the checks of its kind in the content model
 * (../model.ts), in the model's order.
 */

/** The checks of each kind of field. */
const KIND_CHECKS: Readonly<Record<FieldKind, FieldCheck>> = {
  string: checkTextField,
  text: checkTextField,
  date: checkDateField,
  keywords: checkKeywordsField,
  image: checkImageField,
  boolean: checkFlagField,
  'json-ld': checkSchemaField,
  slugs: checkRedirectsField,
};

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

// ---------------------------------------------------------------------------
// Structure and YAML syntax

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

/** The required fields, as the guide to a missing block names them: "title, description, pubDate". */
const REQUIRED_NAMES = POST_FIELDS.filter((field) => field.required)
  .map((field) => field.name)
  .join(', ');

function missingFrontmatter(source: string): Problem {
  const unclosed = /^\uFEFF?---[ \t]*\r?\n/.test(source);
  return {
    line: 1,
    field: 'frontmatter',
    message: unclosed ? 'блок полей в начале файла не закрыт строкой ---' : 'в начале файла нет блока полей (frontmatter)',
    expected: unclosed
      ? 'строка --- после последнего поля'
      : `в начале файла строка ---, под ней поля ${REQUIRED_NAMES}, затем снова строка ---`,
    severity: 'error',
  };
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
// Fields

const normaliseKey = (key: string) => key.toLowerCase().replace(/[_\-\s]/g, '');

/** The known field an unknown key was probably meant to be. */
export function closestField(key: string): PostFieldName | null {
  return (nearestNames(key, FIELD_NAMES, 2, normaliseKey)[0] as PostFieldName | undefined) ?? null;
}

function checkUnknownFields(fields: Fields): Problem[] {
  return [...fields.values()]
    .filter((f) => !knownField(f.key))
    .map((f) => {
      const suggestion = closestField(f.key);
      return {
        line: f.line,
        field: f.key,
        value: shown(f.value),
        message: suggestion ? `неизвестное поле; возможно, вы имели в виду ${suggestion}` : 'неизвестное поле',
        ...(suggestion ? {} : { expected: `одно из полей: ${FIELD_NAMES.join(', ')}` }),
        severity: 'error' as const,
      };
    });
}

export interface FrontmatterCheck {
  readonly problems: Problem[];
  /** The keywords as the pages read them, for the checks between posts; null without a readable field. */
  readonly keywords: { readonly line: number; readonly keywords: readonly string[] } | null;
}

export function checkFrontmatter(source: string, context: ValidationContext): FrontmatterCheck {
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
  let vocabulary: Vocabulary | undefined = context.vocabulary;
  const fieldContext = {
    publicDir: context.publicDir,
    imageOrigins: context.imageOrigins ?? site.imageOrigins,
    ogGlyphs: context.ogGlyphs ?? ogGlyphs(),
    vocabulary: () => (vocabulary ??= loadVocabulary()),
    keywords,
  };
  const problems = [
    ...checkUnknownFields(fields),
    ...POST_FIELDS.flatMap((spec) => KIND_CHECKS[spec.kind](spec, fields, fieldContext)),
  ];
  return {
    problems,
    keywords: keywordsField ? { line: keywordsField.line, keywords } : null,
  };
}
