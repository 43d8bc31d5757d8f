import { kindOf as kindOfValue, nearestNames, shown as shownValue } from '../content/diagnostics';
import { fieldSpec } from '../content/model';
import { site } from '../site';
import { inspectEditorSchema, type EditorSchema, type EditorSchemaFault, type EditorSchemaScope } from './editor-schema';
import { homeUrl } from './ids';
import { isSubtypeOf, propertiesOf, validateJsonLdNode, type Vocabulary, type VocabularyProblem } from './vocabulary';

/**
 * Checks the `schema` frontmatter field (see ./editor-schema.ts) before a
 * build: against the schema.org vocabulary and against what Google requires
 * of ratings and durations. Messages are in Russian, for editors. Node-only:
 * pages never import this, only check:content does.
 */

export interface EditorSchemaProblem {
  /** Dotted path inside the object, e.g. "aggregateRating.ratingValue"; '' for the whole value. */
  readonly property: string;
  /** The value as written (JSON for objects), shortened. */
  readonly value?: string;
  readonly message: string;
  readonly expected: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}


// ---------------------------------------------------------------------------
// Small helpers

const SHOWN_MAX = 80;

// JSON has a literal null, which the editor wrote and reads back as such.
const shown = (value: unknown): string => (value === null ? 'null' : shownValue(value, SHOWN_MAX));

const kindOf = (value: unknown): string =>
  kindOfValue(value, (object) => {
    const type = (object as Record<string, unknown>)['@type'];
    return type !== undefined ? `объект типа ${shown(type)}` : 'объект без "@type"';
  });

function joinOr(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} или ${parts.at(-1)}`;
}

/** The names closest to a mistyped one (at most two edits, fewer for short words), best first. */
function closestNames(word: string, names: Iterable<string>): string[] {
  const limit = Math.max(1, Math.min(2, Math.floor(word.length / 3)));
  return nearestNames(word, names, limit, (name) => name.toLowerCase()).slice(0, 3);
}

// ---------------------------------------------------------------------------
// Whole value, @type and @context

/** The model's «ожидается» text for the field as a whole. */
const SCHEMA_EXPECTED = fieldSpec('schema').expected;
const CONTEXTS = new Set(['https://schema.org', 'http://schema.org', 'https://schema.org/', 'http://schema.org/']);

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function notAnObject(value: unknown): EditorSchemaProblem {
  const quoted = typeof value === 'string' && isRecord(tryJson(value));
  return {
    property: '',
    value: shown(value),
    message: quoted ? 'JSON-объект взят в кавычки и поэтому стал текстом' : `не JSON-объект, а ${kindOf(value)}`,
    expected: SCHEMA_EXPECTED,
  };
}

function checkHeader(schema: Readonly<Record<string, unknown>>): EditorSchemaProblem[] {
  const problems: EditorSchemaProblem[] = [];
  const context = schema['@context'];
  if (context !== undefined && !(typeof context === 'string' && CONTEXTS.has(context))) {
    problems.push({ property: '@context', value: shown(context), message: 'неизвестный @context', expected: '"@context": "https://schema.org"' });
  }
  const type = schema['@type'];
  if (type !== undefined && type !== 'HowTo') {
    problems.push({ property: '@type', value: shown(type), message: 'неподдерживаемый тип разметки', expected: '"@type": "HowTo"' });
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Vocabulary problems, in Russian

/** Russian names of data types, most specific first. */
const DATA_TYPE_NAMES: readonly (readonly [string, string])[] = [
  ['Integer', 'целое число'],
  ['Number', 'число'],
  ['Boolean', 'true или false'],
  ['URL', 'адрес (URL)'],
  ['Text', 'текст'],
  ['DateTime', 'дата и время (2025-07-26T09:57:37Z)'],
  ['Date', 'дата (2025-07-26)'],
  ['Time', 'время (09:57:37)'],
  ['Duration', 'длительность ISO 8601 (PT30M)'],
  ['Quantity', 'величина с единицей измерения'],
];

/** "текст или число", "адрес (URL) или объект {"@type": "ImageObject", …}". */
export function expectedKinds(vocab: Vocabulary, range: readonly string[]): string {
  const literals = new Set<string>();
  const nodes: string[] = [];
  for (const type of range) {
    const literal = vocab.classes.get(type)?.dataType ? DATA_TYPE_NAMES.find(([name]) => isSubtypeOf(vocab, type, name)) : undefined;
    if (literal) literals.add(literal[1]);
    else nodes.push(type);
  }
  const node =
    nodes.length === 0 ? [] : nodes.length === 1 ? [`объект {"@type": "${nodes[0]}", …}`] : [`объект с "@type" одного из типов: ${nodes.join(', ')}`];
  return joinOr([...literals, ...node]);
}

function typeLink(types: readonly string[] | undefined): string {
  const type = types?.[0] ?? 'Thing';
  return `свойство типа ${type} из словаря schema.org (https://schema.org/${type})`;
}

function translate(problem: VocabularyProblem, vocab: Vocabulary): EditorSchemaProblem {
  const property = problem.path.replace(/^\$\.?/, '');
  const value = shown(problem.value);
  switch (problem.kind) {
    case 'unknown-type': {
      const [near] = closestNames(problem.term.replace(/^.*[/:]/, ''), vocab.classes.keys());
      return {
        property,
        value,
        message: near ? `неизвестный тип; возможно, вы имели в виду ${near}` : 'неизвестный тип',
        expected: near ? `"@type": "${near}"` : 'тип из словаря schema.org, например ImageObject, Organization или HowToStep',
      };
    }
    case 'unknown-property': {
      const candidates = problem.types?.length ? problem.types.flatMap((t) => propertiesOf(vocab, t)) : vocab.properties.keys();
      const near = closestNames(problem.term, new Set(candidates));
      return {
        property,
        value,
        message: near.length ? `неизвестное свойство; возможно, вы имели в виду ${joinOr(near)}` : 'неизвестное свойство',
        expected: typeLink(problem.types),
      };
    }
    case 'property-not-on-type':
      return {
        property,
        value,
        message: `свойство ${problem.term} не относится к типу ${joinOr(problem.types ?? [])}`,
        expected: typeLink(problem.types),
      };
    case 'wrong-kind':
      return {
        property,
        value,
        message: `неподходящее значение: ${kindOf(problem.value)}`,
        expected: expectedKinds(vocab, problem.range ?? []),
      };
  }
}

// ---------------------------------------------------------------------------
// What Google requires beyond the vocabulary

const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return typeof value === 'string' && NUMERIC.test(value.trim()) ? Number(value) : null;
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' ? Number.isInteger(value) && value >= 0 : typeof value === 'string' && /^\d+$/.test(value.trim());
}

/** worstRating and bestRating, defaulting to Google's 1 and 5; null when they are unusable. */
function ratingScale(rating: Readonly<Record<string, unknown>>, at: string, problems: EditorSchemaProblem[]): [number, number] | null {
  const bound = (key: 'worstRating' | 'bestRating', fallback: number, expected: string): number | null => {
    if (rating[key] === undefined) return fallback;
    const n = toNumber(rating[key]);
    if (n === null) problems.push({ property: `${at}.${key}`, value: shown(rating[key]), message: 'не число', expected });
    return n;
  };
  const worst = bound('worstRating', 1, 'нижняя граница шкалы числом, например "1"');
  const best = bound('bestRating', 5, 'верхняя граница шкалы числом, например "5"');
  if (worst === null || best === null) return null;
  if (worst < best) return [worst, best];
  problems.push({
    property: `${at}.bestRating`,
    value: shown(rating.bestRating ?? best),
    message: `верхняя граница шкалы не больше нижней (worstRating: ${worst})`,
    expected: 'bestRating больше worstRating, например "5" и "1"',
  });
  return null;
}

function checkRatingValue(rating: Readonly<Record<string, unknown>>, at: string, scale: [number, number] | null): EditorSchemaProblem[] {
  const property = `${at}.ratingValue`;
  const raw = rating.ratingValue;
  if (raw === undefined) return [{ property, message: 'нет обязательного свойства', expected: 'средняя оценка числом, например "4.8"' }];
  const n = toNumber(raw);
  if (n === null) return [{ property, value: shown(raw), message: 'не число', expected: 'средняя оценка числом, например "4.8"' }];
  if (!scale || (n >= scale[0] && n <= scale[1])) return [];
  return [
    {
      property,
      value: shown(raw),
      message: `оценка вне шкалы от ${scale[0]} до ${scale[1]}`,
      expected: `число от ${scale[0]} до ${scale[1]}; другая шкала задаётся свойствами worstRating и bestRating`,
    },
  ];
}

const COUNTS = { reviewCount: 'число отзывов', ratingCount: 'число оценок' } as const;

function checkCounts(rating: Readonly<Record<string, unknown>>, at: string): EditorSchemaProblem[] {
  const keys = Object.keys(COUNTS) as (keyof typeof COUNTS)[];
  const present = keys.filter((key) => rating[key] !== undefined);
  if (!present.length) {
    return [
      {
        property: `${at}.reviewCount`,
        message: 'нет ни reviewCount, ни ratingCount',
        expected: 'reviewCount (число отзывов) или ratingCount (число оценок): без них Google не показывает рейтинг',
      },
    ];
  }
  return present
    .filter((key) => !isCount(rating[key]))
    .map((key) => ({
      property: `${at}.${key}`,
      value: shown(rating[key]),
      message: 'не целое неотрицательное число',
      expected: `${COUNTS[key]} целым числом, например 409`,
    }));
}

function checkAggregateRating(schema: Readonly<Record<string, unknown>>): EditorSchemaProblem[] {
  const value = schema.aggregateRating;
  const items = Array.isArray(value) ? value : [value];
  return items.flatMap((rating, i) => {
    // Anything but an object is a wrong kind, which the vocabulary check reports.
    if (!isRecord(rating)) return [];
    const at = Array.isArray(value) ? `aggregateRating[${i}]` : 'aggregateRating';
    const problems: EditorSchemaProblem[] = [];
    const scale = ratingScale(rating, at, problems);
    return [...checkRatingValue(rating, at, scale), ...problems, ...checkCounts(rating, at)];
  });
}

const DURATION_KEYS = ['totalTime', 'prepTime', 'performTime'] as const;
const DURATION = /^P(?!$)(?:\d+(?:[.,]\d+)?Y)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?W)?(?:\d+(?:[.,]\d+)?D)?(?:T(?=\d)(?:\d+(?:[.,]\d+)?H)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?S)?)?$/;

function checkDurations(schema: Readonly<Record<string, unknown>>): EditorSchemaProblem[] {
  return DURATION_KEYS.filter((key) => schema[key] !== undefined && !(typeof schema[key] === 'string' && DURATION.test(schema[key]))).map(
    (key) => ({
      property: key,
      value: shown(schema[key]),
      message: 'не длительность в формате ISO 8601',
      expected: 'длительность вида PT30M (30 минут), PT1H30M (полтора часа) или P1D (1 день)',
    }),
  );
}

/** A step that is a number or true/false is a slip: schema.org reads it as text, Google does not. */
function checkSteps(schema: Readonly<Record<string, unknown>>): EditorSchemaProblem[] {
  const value = schema.step;
  if (value === undefined) return [];
  const items = Array.isArray(value) ? value : [value];
  return items.flatMap((step, i) =>
    typeof step === 'string' || isRecord(step)
      ? []
      : [
          {
            property: Array.isArray(value) ? `step[${i}]` : 'step',
            value: shown(step),
            message: `шаг записан как ${kindOf(step)}, а не как описание шага`,
            expected: 'текст шага или объект {"@type": "HowToStep", "text": "…"}; список шагов — в квадратных скобках',
          },
        ],
  );
}

// ---------------------------------------------------------------------------
// Structure the page's graph does not take (see ./editor-schema.ts)

const HTTPS_EXPECTED = 'полный адрес, начинающийся с https://';

function translateFault(fault: EditorSchemaFault, scope: EditorSchemaScope): EditorSchemaProblem {
  const { path: property } = fault;
  switch (fault.kind) {
    case 'keyword':
      if (fault.top && fault.key === '@id') {
        return { property, value: shown(fault.value), message: 'адрес разметки HowTo ("@id") сайт задаёт сам', expected: 'разметка без "@id" на верхнем уровне' };
      }
      return {
        property,
        value: shown(fault.value),
        message: 'ключевое слово JSON-LD, которое разметке HowTo не нужно',
        expected: fault.top
          ? 'в начале разметки из ключевых слов JSON-LD только "@context": "https://schema.org" и "@type": "HowTo"'
          : 'во вложенном объекте из ключевых слов JSON-LD только "@type" и "@id"',
      };
    case 'id':
      return { property, value: shown(fault.value), message: 'адрес в "@id" не полный (не начинается с http:// или https://)', expected: `"@id": "https://…", ${HTTPS_EXPECTED}` };
    case 'site-node': {
      const reference = fault.type ? `{"@id": "${fault.id}"} или {"@type": "${fault.type}", "@id": "${fault.id}"}` : `{"@id": "${fault.id}"}`;
      return {
        property,
        value: shown(fault.value),
        message: 'объект с адресом ("@id") самого сайта дописывает свойства в разметку сайта',
        expected: `только ссылка на эту часть разметки сайта: ${reference}`,
      };
    }
    case 'url': {
      if (!fault.relative) return { property, value: shown(fault.value), message: 'адрес не начинается с http:// или https://', expected: HTTPS_EXPECTED };
      // The absolute form the editor most likely meant: paths in frontmatter are the site's paths.
      // Shown as an editor would type it: Cyrillic paths not percent-encoded.
      const absolute = decodeURI(new URL(fault.value.trim(), homeUrl(scope.siteUrl)).href);
      return { property, value: shown(fault.value), message: 'относительный адрес', expected: `${HTTPS_EXPECTED}, например ${absolute}` };
    }
  }
}

// ---------------------------------------------------------------------------
// Entry point

/** Whether a problem's property lies at or under one of these paths. */
function under(property: string, paths: readonly string[]): boolean {
  return paths.some((p) => property === p || property.startsWith(`${p}.`) || property.startsWith(`${p}[`));
}

/** Every problem of the `schema` field at once; [] when it can go on the page as it is. */
export function validateEditorSchema(
  value: unknown,
  vocab: Vocabulary,
  scope: EditorSchemaScope = { siteUrl: site.url },
): EditorSchemaProblem[] {
  if (!isRecord(value)) return [notAnObject(value)];
  const faults = inspectEditorSchema(value as EditorSchema, scope).faults;
  const structural = faults.map((fault) => translateFault(fault, scope));
  const specific = [...checkAggregateRating(value), ...checkDurations(value), ...checkSteps(value)];
  const judged = new Set(specific.map((p) => p.property));
  // What a fault names is not published at all; the vocabulary has nothing useful to add about it.
  const dropped = faults.map((fault) => fault.path);
  // Checked as a HowTo whatever @type says: that is what the page will publish.
  const vocabulary = validateJsonLdNode({ ...value, '@type': 'HowTo' }, vocab)
    .map((problem) => ({ problem, translated: translate(problem, vocab) }))
    // The specific checks above say more about the same value than "wrong kind".
    .filter(({ problem, translated }) => !(problem.kind === 'wrong-kind' && judged.has(translated.property)))
    .filter(({ translated }) => !under(translated.property, dropped))
    .map(({ translated }) => translated);
  return [...checkHeader(value), ...structural, ...vocabulary, ...specific];
}
