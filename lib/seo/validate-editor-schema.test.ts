import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parseFrontmatter } from '../content/frontmatter';
import { site } from '../site';
import { asEditorSchema } from './editor-schema';
import { expectedKinds, validateEditorSchema, type EditorSchemaProblem } from './validate-editor-schema';
import { loadVocabulary } from './vocabulary';

const vocab = loadVocabulary();
const SCHEMA_EXPECTED = 'объект в фигурных скобках без кавычек вокруг: schema: {"@context": "https://schema.org", "@type": "HowTo", …}';
const HOWTO_PROPERTY = 'свойство типа HowTo из словаря schema.org (https://schema.org/HowTo)';

const check = (value: unknown): EditorSchemaProblem[] => validateEditorSchema(value, vocab);

/** A HowTo with a valid rating, plus the test's changes. */
function howTo(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { '@context': 'https://schema.org', '@type': 'HowTo', name: 'Уборка', ...extra };
}

function rating(fields: Record<string, unknown>): Record<string, unknown> {
  return howTo({ aggregateRating: { '@type': 'AggregateRating', ...fields } });
}

// --- Clean values ------------------------------------------------------------

test("the seed post's schema has no problems", () => {
  const source = readFileSync(path.join(process.cwd(), 'content/blog/doverie-klientov.md'), 'utf8');
  const seed = parseFrontmatter(source).data.schema;
  assert.equal(asEditorSchema(seed), seed);
  assert.deepEqual(check(seed), []);
});

test('@type may be left out (HowTo is assumed), steps and durations in their usual forms pass', () => {
  assert.deepEqual(check({ name: 'Уборка' }), []);
  assert.deepEqual(check({ '@context': 'http://schema.org' }), []);
  assert.deepEqual(
    check(
      howTo({
        totalTime: 'PT1H30M',
        prepTime: 'P1D',
        performTime: 'PT0.5H',
        step: ['Протрите пыль.', { '@type': 'HowToStep', text: 'Вымойте пол.' }],
        aggregateRating: { '@type': 'AggregateRating', ratingValue: 8, bestRating: '10', worstRating: 0, ratingCount: '12' },
      }),
    ),
    [],
  );
});

test('asEditorSchema keeps plain objects only', () => {
  assert.equal(asEditorSchema(undefined), null);
  assert.equal(asEditorSchema(null), null);
  assert.equal(asEditorSchema(['HowTo']), null);
  assert.equal(asEditorSchema('{"@type": "HowTo"}'), null);
  const value = { name: 'x' };
  assert.equal(asEditorSchema(value), value);
});

// --- The value as a whole, @type and @context ------------------------------

test('anything but an object is one problem on the whole value; a quoted object is explained', () => {
  assert.deepEqual(check(['HowTo']), [{ property: '', value: '["HowTo"]', message: 'не JSON-объект, а список', expected: SCHEMA_EXPECTED }]);
  assert.deepEqual(check(5), [{ property: '', value: '5', message: 'не JSON-объект, а число', expected: SCHEMA_EXPECTED }]);
  assert.deepEqual(check('HowTo'), [{ property: '', value: 'HowTo', message: 'не JSON-объект, а текст', expected: SCHEMA_EXPECTED }]);
  assert.deepEqual(check('{"@type": "HowTo"}'), [
    { property: '', value: '{"@type": "HowTo"}', message: 'JSON-объект взят в кавычки и поэтому стал текстом', expected: SCHEMA_EXPECTED },
  ]);
});

test('@type other than HowTo and a foreign @context are reported', () => {
  assert.deepEqual(check(howTo({ '@type': 'Article' })), [
    { property: '@type', value: 'Article', message: 'неподдерживаемый тип разметки', expected: '"@type": "HowTo"' },
  ]);
  assert.deepEqual(check(howTo({ '@type': ['HowTo', 'Article'] })), [
    { property: '@type', value: '["HowTo","Article"]', message: 'неподдерживаемый тип разметки', expected: '"@type": "HowTo"' },
  ]);
  assert.deepEqual(check(howTo({ '@context': 'https://schema.org.ru' })), [
    { property: '@context', value: 'https://schema.org.ru', message: 'неизвестный @context', expected: '"@context": "https://schema.org"' },
  ]);
});

// --- Vocabulary ----------------------------------------------------------------

test('an unknown property suggests a HowTo property one or two typos away, or nothing', () => {
  assert.deepEqual(check(howTo({ nmae: 'x', totaltime: 'PT1H', ratingg: '4.9' })), [
    { property: 'nmae', value: 'x', message: 'неизвестное свойство; возможно, вы имели в виду name', expected: HOWTO_PROPERTY },
    { property: 'totaltime', value: 'PT1H', message: 'неизвестное свойство; возможно, вы имели в виду totalTime', expected: HOWTO_PROPERTY },
    { property: 'ratingg', value: '4.9', message: 'неизвестное свойство', expected: HOWTO_PROPERTY },
  ]);
});

test('nested nodes: suggestions come from their own type; unknown types suggest a known one', () => {
  assert.deepEqual(check(howTo({ image: { '@type': 'Imageobject', url: 'https://a.example/a.jpg' } })), [
    {
      property: 'image.@type',
      value: 'Imageobject',
      message: 'неизвестный тип; возможно, вы имели в виду ImageObject',
      expected: '"@type": "ImageObject"',
    },
  ]);
  assert.deepEqual(check(rating({ ratingValu: '4', reviewCount: 3 })).slice(0, 1), [
    {
      property: 'aggregateRating.ratingValu',
      value: '4',
      message: 'неизвестное свойство; возможно, вы имели в виду ratingValue',
      expected: 'свойство типа AggregateRating из словаря schema.org (https://schema.org/AggregateRating)',
    },
  ]);
});

test('a property of another type is reported with the type it was used on', () => {
  assert.deepEqual(check(howTo({ ratingValue: '4.8' })), [
    { property: 'ratingValue', value: '4.8', message: 'свойство ratingValue не относится к типу HowTo', expected: HOWTO_PROPERTY },
  ]);
});

test('a value of the wrong kind names the kinds the property takes', () => {
  assert.deepEqual(check(howTo({ name: { '@type': 'Person', name: 'Анна' } })), [
    { property: 'name', value: '{"@type":"Person","name":"Анна"}', message: 'неподходящее значение: объект типа Person', expected: 'текст' },
  ]);
  assert.deepEqual(check(howTo({ image: 'картинка.jpg', publisher: 'ButlerSPB' })), [
    {
      property: 'image',
      value: 'картинка.jpg',
      message: 'относительный адрес',
      expected: `полный адрес, начинающийся с https://, например ${site.url}/картинка.jpg`,
    },
    {
      property: 'publisher',
      value: 'ButlerSPB',
      message: 'неподходящее значение: текст',
      expected: 'объект с "@type" одного из типов: Organization, Person',
    },
  ]);
  assert.deepEqual(check(howTo({ isAccessibleForFree: 'да' })), [
    { property: 'isAccessibleForFree', value: 'да', message: 'неподходящее значение: текст', expected: 'true или false' },
  ]);
});

test('expected kinds read naturally', () => {
  assert.equal(expectedKinds(vocab, ['Text', 'Number']), 'текст или число');
  assert.equal(expectedKinds(vocab, ['URL', 'ImageObject']), 'адрес (URL) или объект {"@type": "ImageObject", …}');
  assert.equal(expectedKinds(vocab, ['Integer']), 'целое число');
  assert.equal(
    expectedKinds(vocab, ['Text', 'CreativeWork', 'HowToStep', 'HowToSection']),
    'текст или объект с "@type" одного из типов: CreativeWork, HowToStep, HowToSection',
  );
  assert.equal(expectedKinds(vocab, ['Duration']), 'длительность ISO 8601 (PT30M)');
});

// --- aggregateRating -------------------------------------------------------------

const SCALE_HINT = 'другая шкала задаётся свойствами worstRating и bestRating';

test('a rating above the scale, default or written out', () => {
  assert.deepEqual(check(rating({ ratingValue: 7, reviewCount: 12 })), [
    { property: 'aggregateRating.ratingValue', value: '7', message: 'оценка вне шкалы от 1 до 5', expected: `число от 1 до 5; ${SCALE_HINT}` },
  ]);
  assert.deepEqual(check(rating({ ratingValue: '0', bestRating: '10', worstRating: '1', reviewCount: 12 })), [
    { property: 'aggregateRating.ratingValue', value: '0', message: 'оценка вне шкалы от 1 до 10', expected: `число от 1 до 10; ${SCALE_HINT}` },
  ]);
  assert.deepEqual(check(rating({ ratingValue: '7', bestRating: '10', reviewCount: 12 })), []);
});

test('a rating that is not a number, or is missing', () => {
  assert.deepEqual(check(rating({ ratingValue: '4,8', reviewCount: 12 })), [
    { property: 'aggregateRating.ratingValue', value: '4,8', message: 'не число', expected: 'средняя оценка числом, например "4.8"' },
  ]);
  assert.deepEqual(check(rating({ reviewCount: 12 })), [
    { property: 'aggregateRating.ratingValue', message: 'нет обязательного свойства', expected: 'средняя оценка числом, например "4.8"' },
  ]);
  // null is a wrong kind for the vocabulary too; only the rating check speaks.
  assert.deepEqual(check(rating({ ratingValue: null, reviewCount: 12 })), [
    { property: 'aggregateRating.ratingValue', value: 'null', message: 'не число', expected: 'средняя оценка числом, например "4.8"' },
  ]);
});

test('the bounds of the scale must be numbers, the lower below the upper', () => {
  assert.deepEqual(check(rating({ ratingValue: '4', worstRating: 'один', reviewCount: 12 })), [
    { property: 'aggregateRating.worstRating', value: 'один', message: 'не число', expected: 'нижняя граница шкалы числом, например "1"' },
  ]);
  assert.deepEqual(check(rating({ ratingValue: '4', bestRating: 'пять', reviewCount: 12 })), [
    { property: 'aggregateRating.bestRating', value: 'пять', message: 'не число', expected: 'верхняя граница шкалы числом, например "5"' },
  ]);
  assert.deepEqual(check(rating({ ratingValue: '5', bestRating: '5', worstRating: '5', reviewCount: 12 })), [
    {
      property: 'aggregateRating.bestRating',
      value: '5',
      message: 'верхняя граница шкалы не больше нижней (worstRating: 5)',
      expected: 'bestRating больше worstRating, например "5" и "1"',
    },
  ]);
});

test('review and rating counts: non-negative integers, and at least one of them', () => {
  assert.deepEqual(check(rating({ ratingValue: '4.5', reviewCount: 'много' })), [
    { property: 'aggregateRating.reviewCount', value: 'много', message: 'не целое неотрицательное число', expected: 'число отзывов целым числом, например 409' },
  ]);
  assert.deepEqual(check(rating({ ratingValue: '4.5', ratingCount: -3 })), [
    { property: 'aggregateRating.ratingCount', value: '-3', message: 'не целое неотрицательное число', expected: 'число оценок целым числом, например 409' },
  ]);
  assert.deepEqual(check(rating({ ratingValue: '4.5' })), [
    {
      property: 'aggregateRating.reviewCount',
      message: 'нет ни reviewCount, ни ratingCount',
      expected: 'reviewCount (число отзывов) или ratingCount (число оценок): без них Google не показывает рейтинг',
    },
  ]);
});

// --- Durations and steps ------------------------------------------------------------

const DURATION_EXPECTED = 'длительность вида PT30M (30 минут), PT1H30M (полтора часа) или P1D (1 день)';

test('totalTime, prepTime and performTime must be ISO 8601 durations, reported once each', () => {
  assert.deepEqual(check(howTo({ totalTime: '30 минут', prepTime: 30, performTime: 'PT' })), [
    { property: 'totalTime', value: '30 минут', message: 'не длительность в формате ISO 8601', expected: DURATION_EXPECTED },
    { property: 'prepTime', value: '30', message: 'не длительность в формате ISO 8601', expected: DURATION_EXPECTED },
    { property: 'performTime', value: 'PT', message: 'не длительность в формате ISO 8601', expected: DURATION_EXPECTED },
  ]);
});

test('a step written as a number is reported, alone or in a list', () => {
  const expected = 'текст шага или объект {"@type": "HowToStep", "text": "…"}; список шагов — в квадратных скобках';
  assert.deepEqual(check(howTo({ step: 3 })), [
    { property: 'step', value: '3', message: 'шаг записан как число, а не как описание шага', expected },
  ]);
  assert.deepEqual(check(howTo({ step: ['Протрите пыль.', 2] })), [
    { property: 'step[1]', value: '2', message: 'шаг записан как число, а не как описание шага', expected },
  ]);
});

// --- All at once ------------------------------------------------------------------

test('every problem is reported in one run, values shortened to one line', () => {
  const long = 'очень длинное название '.repeat(10);
  const problems = check({
    '@context': 'https://example.org',
    '@type': 'Recipe',
    nmae: long,
    totalTime: 'час',
    aggregateRating: { '@type': 'AggregateRating', ratingValue: 7, reviewCount: 'много' },
  });
  assert.deepEqual(
    problems.map((p) => p.property),
    ['@context', '@type', 'nmae', 'aggregateRating.ratingValue', 'aggregateRating.reviewCount', 'totalTime'],
  );
  const shown = problems.find((p) => p.property === 'nmae')?.value ?? '';
  assert.equal(Array.from(shown).length, 80);
  assert.ok(shown.endsWith('…'));
});

// --- Structure the page's graph does not take ---------------------------------------

const SITE_URL = 'https://butlerspb-blog.netlify.app';
const HTTPS = 'полный адрес, начинающийся с https://';
const KEYWORD = 'ключевое слово JSON-LD, которое разметке HowTo не нужно';
const TOP_KEYWORDS = 'в начале разметки из ключевых слов JSON-LD только "@context": "https://schema.org" и "@type": "HowTo"';
const NESTED_KEYWORDS = 'во вложенном объекте из ключевых слов JSON-LD только "@type" и "@id"';
const checkOnSite = (value: unknown) => validateEditorSchema(value, vocab, { siteUrl: SITE_URL });

test('JSON-LD keywords other than those a HowTo needs are refused, on top and inside, and not judged again by the vocabulary', () => {
  assert.deepEqual(
    checkOnSite(
      howTo({
        '@graph': [{ '@type': 'Organization', nmae: 'x' }],
        '@reverse': { author: { '@id': 'https://evil.example/' } },
        step: [{ '@type': 'HowToStep', text: 'Шаг', '@context': { text: '@id' }, '@included': [] }],
      }),
    ),
    [
      { property: '@graph', value: '[{"@type":"Organization","nmae":"x"}]', message: KEYWORD, expected: TOP_KEYWORDS },
      { property: '@reverse', value: '{"author":{"@id":"https://evil.example/"}}', message: KEYWORD, expected: TOP_KEYWORDS },
      { property: 'step[0].@context', value: '{"text":"@id"}', message: KEYWORD, expected: NESTED_KEYWORDS },
      { property: 'step[0].@included', value: '[]', message: KEYWORD, expected: NESTED_KEYWORDS },
    ],
  );
  assert.deepEqual(checkOnSite(howTo({ '@id': 'https://butlerspb-blog.netlify.app/#organization' })), [
    {
      property: '@id',
      value: 'https://butlerspb-blog.netlify.app/#organization',
      message: 'адрес разметки HowTo ("@id") сайт задаёт сам',
      expected: 'разметка без "@id" на верхнем уровне',
    },
  ]);
});

test("a node with one of the site's own @ids may only point at it", () => {
  const org = `${SITE_URL}/#organization`;
  assert.deepEqual(checkOnSite(howTo({ publisher: { '@type': 'Organization', '@id': org, name: 'Подмена' } })), [
    {
      property: 'publisher',
      value: `{"@type":"Organization","@id":"${org}…`,
      message: 'объект с адресом ("@id") самого сайта дописывает свойства в разметку сайта',
      expected: `только ссылка на эту часть разметки сайта: {"@id": "${org}"} или {"@type": "Organization", "@id": "${org}"}`,
    },
  ]);
  assert.deepEqual(checkOnSite(howTo({ publisher: { '@id': org } })), []);
  assert.deepEqual(checkOnSite(howTo({ mainEntityOfPage: { '@type': 'WebPage', '@id': `${SITE_URL}/blog/uborka/` } })), []);
  assert.deepEqual(checkOnSite(howTo({ about: { '@type': 'Thing', '@id': `${SITE_URL}/#kontakty` } }))[0]?.expected,
    `только ссылка на эту часть разметки сайта: {"@id": "${SITE_URL}/#kontakty"}`);
});

test('an @id must be an absolute http(s) URL', () => {
  assert.deepEqual(checkOnSite(howTo({ isBasedOn: { '@type': 'CreativeWork', '@id': '#article', name: 'Источник' } })), [
    { property: 'isBasedOn.@id', value: '#article', message: 'адрес в "@id" не полный (не начинается с http:// или https://)', expected: `"@id": "https://…", ${HTTPS}` },
  ]);
});

test('URL-valued properties must be absolute http(s) URLs; a relative one gets the absolute form as a hint', () => {
  assert.deepEqual(
    checkOnSite(
      howTo({
        url: 'javascript:alert(1)',
        image: { '@type': 'ImageObject', url: ' java\tscript:alert(1)' },
        sameAs: ['https://vk.com/butlerspb', 'data:text/html,x'],
        keywords: 'javascript:alert(1)',
        thumbnailUrl: '/images/uborka.jpg',
      }),
    ),
    [
      { property: 'url', value: 'javascript:alert(1)', message: 'адрес не начинается с http:// или https://', expected: HTTPS },
      { property: 'image.url', value: 'java script:alert(1)', message: 'адрес не начинается с http:// или https://', expected: HTTPS },
      { property: 'sameAs[1]', value: 'data:text/html,x', message: 'адрес не начинается с http:// или https://', expected: HTTPS },
      { property: 'keywords', value: 'javascript:alert(1)', message: 'адрес не начинается с http:// или https://', expected: HTTPS },
      {
        property: 'thumbnailUrl',
        value: '/images/uborka.jpg',
        message: 'относительный адрес',
        expected: `${HTTPS}, например https://butlerspb-blog.netlify.app/images/uborka.jpg`,
      },
    ],
  );
  assert.deepEqual(checkOnSite(howTo({ keywords: 'SEO: советы, уборка', url: 'https://butlerspb-blog.netlify.app/blog/x/' })), []);
});
