import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { parseFrontmatter } from '../content/frontmatter';
import {
  appliesTo,
  DEFAULT_VOCABULARY_PATH,
  isSubtypeOf,
  loadVocabulary,
  propertiesOf,
  validateJsonLdNode,
  type VocabularyProblem,
} from './vocabulary';

const vocab = loadVocabulary();

/** [path, kind] of every problem, the shape most assertions need. */
function found(value: unknown): [string, VocabularyProblem['kind']][] {
  return validateJsonLdNode(value, vocab).map((p) => [p.path, p.kind]);
}

function seedSchema(): unknown {
  const source = readFileSync(path.join(process.cwd(), 'content/blog/doverie-klientov.md'), 'utf8');
  return parseFrontmatter(source).data.schema;
}

// --- Loading ---------------------------------------------------------------

// Load time is a benchmark figure, not an assertion: timed asserts flake on a busy machine.
test('loads the 30.0 release once per path', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vocab-'));
  try {
    const copy = path.join(dir, 'schemaorg.jsonld');
    copyFileSync(DEFAULT_VOCABULARY_PATH, copy);
    const fresh = loadVocabulary(copy);
    assert.equal(loadVocabulary(copy), fresh);
    assert.ok(fresh.classes.size > 900 && fresh.properties.size > 1500);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('a file without @graph is refused', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vocab-'));
  try {
    const file = path.join(dir, 'x.jsonld');
    copyFileSync(path.join(process.cwd(), 'package.json'), file);
    assert.throws(() => loadVocabulary(file), /no @graph/);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

// --- Classes and properties ------------------------------------------------

test('HowTo is a class, a CreativeWork and a Thing, and inherits name from Thing', () => {
  const howTo = vocab.classes.get('HowTo');
  assert.ok(howTo);
  assert.equal(howTo.dataType, false);
  assert.ok(howTo.ancestors.has('CreativeWork') && howTo.ancestors.has('Thing'));
  assert.deepEqual(vocab.properties.get('name')?.domain, ['Thing']);
  assert.ok(appliesTo(vocab, 'name', 'HowTo'));
  assert.ok(appliesTo(vocab, 'step', 'HowTo'));
  assert.ok(appliesTo(vocab, 'totalTime', 'HowTo'));
});

test('aggregateRating, publisher and mainEntityOfPage apply to HowTo (through CreativeWork and Thing)', () => {
  assert.ok(vocab.properties.get('aggregateRating')?.domain.includes('CreativeWork'));
  assert.ok(appliesTo(vocab, 'aggregateRating', 'HowTo'));
  assert.ok(appliesTo(vocab, 'publisher', 'HowTo'));
  assert.ok(appliesTo(vocab, 'mainEntityOfPage', 'HowTo'));
  assert.ok(!appliesTo(vocab, 'ratingValue', 'HowTo'));
  assert.ok(propertiesOf(vocab, 'HowTo').includes('aggregateRating'));
});

test('BlogPosting has headline, datePublished and wordCount', () => {
  for (const property of ['headline', 'datePublished', 'wordCount', 'author', 'publisher']) {
    assert.ok(appliesTo(vocab, property, 'BlogPosting'), property);
  }
  assert.deepEqual(vocab.properties.get('wordCount')?.range, ['Integer']);
});

test('a type with several parents inherits from all of them (HowToStep: ListItem, CreativeWork, ItemList)', () => {
  for (const parent of ['ListItem', 'CreativeWork', 'ItemList', 'Thing']) assert.ok(isSubtypeOf(vocab, 'HowToStep', parent), parent);
  assert.ok(appliesTo(vocab, 'position', 'HowToStep'));
  assert.ok(appliesTo(vocab, 'itemListElement', 'HowToStep'));
  assert.ok(appliesTo(vocab, 'text', 'HowToStep'));
});

test('data types and their subclasses come from the vocabulary', () => {
  for (const name of ['Text', 'URL', 'Number', 'Integer', 'Float', 'Boolean', 'Date', 'DateTime', 'Time', 'Duration']) {
    assert.equal(vocab.classes.get(name)?.dataType, true, name);
  }
  assert.ok(isSubtypeOf(vocab, 'Integer', 'Number'));
  assert.ok(isSubtypeOf(vocab, 'URL', 'Text'));
  assert.ok(isSubtypeOf(vocab, 'Duration', 'Quantity'));
  assert.equal(vocab.classes.get('Organization')?.dataType, false);
});

// --- Types and property names ----------------------------------------------

test('types may be written as HowTo, schema:HowTo or https://schema.org/HowTo, alone or in a list', () => {
  assert.deepEqual(found({ '@type': 'schema:HowTo', name: 'x' }), []);
  assert.deepEqual(found({ '@type': 'https://schema.org/HowTo', name: 'x' }), []);
  assert.deepEqual(found({ '@type': ['HowTo', 'http://schema.org/Article'], name: 'x' }), []);
});

test('unknown types and properties are found, nested ones included', () => {
  assert.deepEqual(
    found({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Howto', name: 'x' },
        { '@type': ['HowTo', 'foaf:Person'], nmae: 'x', image: { '@type': 'ImageObject', urll: 'https://a.example/b.jpg' } },
      ],
    }),
    [
      ['$.@graph[0].@type', 'unknown-type'],
      ['$.@graph[1].@type[1]', 'unknown-type'],
      ['$.@graph[1].nmae', 'unknown-property'],
      ['$.@graph[1].image.urll', 'unknown-property'],
    ],
  );
});

test('a property outside its type\'s domain is found; nodes without @type are only checked for names', () => {
  assert.deepEqual(found({ '@type': 'Organization', name: 'x', headline: 'x' }), [['$.headline', 'property-not-on-type']]);
  assert.deepEqual(found({ '@type': 'HowTo', ratingValue: '4' }), [['$.ratingValue', 'property-not-on-type']]);
  assert.deepEqual(found({ '@id': 'https://a.example/#x', headline: 'x', ratingValue: '4' }), []);
  assert.deepEqual(found({ '@id': 'https://a.example/#x', headlinee: 'x' }), [['$.headlinee', 'unknown-property']]);
  // With two types, a property of either is fine.
  assert.deepEqual(found({ '@type': ['Organization', 'Article'], headline: 'x', legalName: 'x' }), []);
});

test('a problem carries the term, the value and what is needed to explain it', () => {
  const [problem] = validateJsonLdNode({ '@type': 'AggregateRating', reviewCount: 'много' }, vocab);
  assert.deepEqual(problem, {
    path: '$.reviewCount',
    kind: 'wrong-kind',
    term: 'reviewCount',
    value: 'много',
    range: ['Integer'],
    message: '"reviewCount" expects Integer, got string "много"',
  });
});

// --- Kinds of values ---------------------------------------------------------

test('a node where text is expected is the wrong kind (name is Text, not a Person)', () => {
  assert.deepEqual(found({ '@type': 'HowTo', name: { '@type': 'Person', name: 'Анна' } }), [['$.name', 'wrong-kind']]);
});

test('a node fits when its type or one of its supertypes is in the range, not a type above the range', () => {
  assert.deepEqual(found({ '@type': 'Article', publisher: { '@type': 'Corporation', name: 'x' } }), []);
  assert.deepEqual(found({ '@type': 'Article', publisher: { '@type': 'Thing', name: 'x' } }), [['$.publisher', 'wrong-kind']]);
  assert.deepEqual(found({ '@type': 'Article', publisher: { '@type': 'WebPage', name: 'x' } }), [['$.publisher', 'wrong-kind']]);
  // HowToStep is a CreativeWork and a ListItem: fits step and itemListElement alike.
  assert.deepEqual(found({ '@type': 'HowTo', step: [{ '@type': 'HowToStep', text: 'x' }, 'Просто текст'] }), []);
});

test('a string fits a class-only range only as an absolute URL; text ranges take any string', () => {
  assert.deepEqual(found({ '@type': 'Article', author: 'Анна' }), [['$.author', 'wrong-kind']]);
  assert.deepEqual(found({ '@type': 'Article', author: 'https://a.example/anna' }), []);
  assert.deepEqual(found({ '@type': 'ListItem', item: 'https://a.example/', position: 1 }), []);
  assert.deepEqual(found({ '@type': 'Article', image: '/images/a.jpg', headline: 'x' }), []);
});

test('numbers: numeric strings are fine, Integer needs an integer, text is not a number', () => {
  assert.deepEqual(found({ '@type': 'AggregateRating', ratingValue: '4.8', bestRating: 5, reviewCount: '409' }), []);
  assert.deepEqual(found({ '@type': 'PriceSpecification', minPrice: '12.5' }), []);
  assert.deepEqual(found({ '@type': 'PriceSpecification', minPrice: 'дёшево' }), [['$.minPrice', 'wrong-kind']]);
  assert.deepEqual(found({ '@type': 'Article', wordCount: 12.5 }), [['$.wordCount', 'wrong-kind']]);
  assert.deepEqual(found({ '@type': 'Article', wordCount: '4.5' }), [['$.wordCount', 'wrong-kind']]);
  assert.deepEqual(found({ '@type': 'Article', wordCount: 1200 }), []);
  // A number is fine where Text is expected; not where only dates are.
  assert.deepEqual(found({ '@type': 'Article', headline: 2025 }), []);
  assert.deepEqual(found({ '@type': 'Article', datePublished: 2025 }), [['$.datePublished', 'wrong-kind']]);
});

test('booleans, null, durations, enumeration members and @value objects', () => {
  assert.deepEqual(found({ '@type': 'Article', isAccessibleForFree: true }), []);
  assert.deepEqual(found({ '@type': 'Article', isAccessibleForFree: 'true' }), []);
  assert.deepEqual(found({ '@type': 'Article', isAccessibleForFree: 'yes' }), [['$.isAccessibleForFree', 'wrong-kind']]);
  assert.deepEqual(found({ '@type': 'Article', headline: true }), [['$.headline', 'wrong-kind']]);
  assert.deepEqual(found({ '@type': 'Article', headline: null }), [['$.headline', 'wrong-kind']]);
  assert.deepEqual(found({ '@type': 'HowTo', totalTime: 'PT30M' }), []);
  assert.deepEqual(found({ '@type': 'HowTo', totalTime: 30 }), [['$.totalTime', 'wrong-kind']]);
  for (const availability of ['https://schema.org/InStock', 'InStock', 'schema:InStock']) {
    assert.deepEqual(found({ '@type': 'Offer', availability }), [], availability);
  }
  assert.deepEqual(found({ '@type': 'Offer', availability: 'Available' }), [['$.availability', 'wrong-kind']]);
  assert.deepEqual(found({ '@type': 'Article', headline: { '@value': 'x', '@language': 'ru' } }), []);
  // An absent value of an in-memory graph, as JSON.stringify drops it.
  assert.deepEqual(found({ '@type': 'Article', alternativeHeadline: undefined }), []);
});

test('array items are checked one by one, with their index in the path', () => {
  assert.deepEqual(found({ '@type': 'Organization', sameAs: ['https://vk.com/x', { '@type': 'Person' }] }), [['$.sameAs[1]', 'wrong-kind']]);
});

// --- Whole documents -----------------------------------------------------------

test("the seed post's schema is clean", () => {
  const seed = seedSchema();
  assert.equal((seed as { '@type'?: unknown })['@type'], 'HowTo');
  assert.deepEqual(validateJsonLdNode(seed, vocab), []);
});

test('a full page graph (Organization, WebSite, WebPage, image, BreadcrumbList, BlogPosting, HowTo) is clean', () => {
  const home = 'https://blog.example.ru/';
  const page = `${home}blog/x/`;
  const graph = {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'Organization',
        '@id': `${home}#organization`,
        name: 'ButlerSPB',
        legalName: 'ООО «Батлер»',
        url: 'https://butlerspb.ru/',
        logo: { '@type': 'ImageObject', url: `${home}logo.png`, width: { '@type': 'QuantitativeValue', value: 512, unitCode: 'E37' } },
        sameAs: ['https://vk.com/butlerspb'],
        contactPoint: { '@type': 'ContactPoint', telephone: '+7 812 000-00-00', contactType: 'customer service', availableLanguage: 'Russian' },
        areaServed: 'Санкт-Петербург',
      },
      { '@type': 'WebSite', '@id': `${home}#website`, name: 'Блог', url: home, inLanguage: 'ru-RU', publisher: { '@id': `${home}#organization` } },
      {
        '@type': 'WebPage',
        '@id': page,
        url: page,
        name: 'Статья',
        isPartOf: { '@id': `${home}#website` },
        primaryImageOfPage: { '@id': `${page}#primaryimage` },
        breadcrumb: { '@id': `${page}#breadcrumb` },
        datePublished: '2025-07-26T12:57:37+03:00',
      },
      { '@type': 'ImageObject', '@id': `${page}#primaryimage`, url: `${home}a.jpg`, contentUrl: `${home}a.jpg`, caption: 'Фото' },
      {
        '@type': 'BreadcrumbList',
        '@id': `${page}#breadcrumb`,
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'Главная', item: 'https://butlerspb.ru/' },
          { '@type': 'ListItem', position: 2, name: 'Блог', item: home },
          { '@type': 'ListItem', position: 3, name: 'Статья', item: page },
        ],
      },
      {
        '@type': 'BlogPosting',
        '@id': `${page}#article`,
        headline: 'Статья',
        image: { '@id': `${page}#primaryimage` },
        datePublished: '2025-07-26T12:57:37+03:00',
        dateModified: '2025-07-27',
        author: { '@type': 'Person', name: 'Анна', worksFor: { '@id': `${home}#organization` } },
        publisher: { '@id': `${home}#organization` },
        mainEntityOfPage: { '@id': page },
        inLanguage: 'ru-RU',
        keywords: 'уборка, окна',
        wordCount: 1200,
      },
      {
        '@type': 'HowTo',
        '@id': `${page}#howto`,
        name: 'Статья',
        totalTime: 'PT30M',
        step: [
          { '@type': 'HowToStep', position: 1, name: 'Шаг', text: 'Сделайте так.', url: `${page}#shag` },
          { '@type': 'HowToSection', name: 'Раздел', itemListElement: [{ '@type': 'HowToStep', text: 'Ещё.' }] },
        ],
        aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.8', reviewCount: 409, bestRating: '5', worstRating: '1' },
      },
    ],
  };
  assert.deepEqual(validateJsonLdNode(graph, vocab), []);
});
