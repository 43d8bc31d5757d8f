import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter, splitFrontmatter } from './frontmatter';

const SEED = readFileSync(path.resolve(__dirname, '../../content/blog/doverie-klientov.md'), 'utf8');

describe('parseFrontmatter: the seed file', () => {
  const parsed = parseFrontmatter(SEED);

  test('parses without errors, YAML starting on line 2', () => {
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.yamlStartLine, 2);
    assert.ok(parsed.document);
  });

  test('scalar fields', () => {
    assert.equal(parsed.data.title, 'Доверие клиентов: как его завоевать и удержать');
    assert.match(String(parsed.data.description), /^В этой статье мы рассмотрим ключевые стратегии/);
    assert.equal(
      parsed.data.keywords,
      'доверие клиентов, лояльность, клиентский сервис, удержание клиентов, репутация компании, ButlerSPB',
    );
    assert.equal(parsed.data.pubDate, '2025-07-26T09:57:37.781Z');
    assert.equal(parsed.data.author, 'Эксперт ButlerSPB');
    assert.equal(
      parsed.data.heroImage,
      'https://images.unsplash.com/photo-1560448204-e02f11c3d0e2?q=80&w=2070&auto=format&fit=crop',
    );
  });

  test('schema is an object (the JSON on one line is a YAML flow mapping)', () => {
    type SeedSchema = {
      '@type': string;
      '@context': string;
      aggregateRating: { ratingValue: string; reviewCount: number };
      mainEntityOfPage: { '@id': string };
    };
    const schema = parsed.data.schema as SeedSchema;
    assert.equal(typeof schema, 'object');
    assert.ok(schema !== null && !Array.isArray(schema));
    assert.equal(schema['@type'], 'HowTo');
    assert.equal(schema['@context'], 'https://schema.org');
    assert.equal(schema.aggregateRating.ratingValue, '4.8');
    assert.equal(schema.aggregateRating.reviewCount, 409);
    assert.equal(schema.mainEntityOfPage['@id'], 'https://butlerspb-blog.netlify.app/blog/doverie-klientov/');
  });

  test('the body starts after the closing fence, with the # headline', () => {
    assert.ok(parsed.body.startsWith('# Доверие клиентов: 7 столпов'));
    assert.ok(!parsed.body.includes('pubDate'));
    // The body's own "---" rules stay in the body.
    assert.match(parsed.body, /\n---\n\n## Читайте также/);
  });
});

describe('parseFrontmatter: other shapes', () => {
  test('a folded >- title reads as its text', () => {
    const { data, errors } = parseFrontmatter(
      '---\ntitle: >-\n  Агентство недвижимости или самостоятельно:\n  как выгодно сдать квартиру\ndescription: "x"\n---\nТекст\n',
    );
    assert.deepEqual(errors, []);
    assert.equal(data.title, 'Агентство недвижимости или самостоятельно: как выгодно сдать квартиру');
    assert.ok(!String(data.title).includes('>'));
  });

  test('a keywords YAML list reads as an array', () => {
    const { data } = parseFrontmatter('---\nkeywords:\n  - аренда\n  - налоги\n---\n');
    assert.deepEqual(data.keywords, ['аренда', 'налоги']);
  });

  test('an unquoted date stays a string (YAML 1.2 core schema)', () => {
    const { data } = parseFrontmatter('---\npubDate: 2025-05-20\n---\n');
    assert.equal(data.pubDate, '2025-05-20');
  });

  test('a syntax error on the first YAML line is reported at file line 2', () => {
    const { errors, data } = parseFrontmatter('---\ntitle: "unterminated\n---\nbody');
    assert.ok(errors.length > 0);
    assert.equal(errors[0]!.line, 2);
    assert.deepEqual(data, {});
  });

  test('a syntax error further down is reported at its own file line', () => {
    // File lines: 1 ---, 2 title, 3 description, 4 author, 5 duplicate title, 6 ---
    const source = '---\ntitle: "A"\ndescription: "B"\nauthor: "C"\ntitle: "D"\n---\nbody\n';
    const { errors, data } = parseFrontmatter(source);
    assert.equal(errors.length, 1);
    assert.match(errors[0]!.message, /unique/i);
    assert.equal(errors[0]!.line, 5);
    assert.deepEqual(data, {});
  });

  test('an unclosed flow sequence is reported at the line where YAML finds it', () => {
    // File lines: 1 ---, 2 title, 3 keywords: [a, b, 4 author, 5 ---
    const { errors } = parseFrontmatter('---\ntitle: "A"\nkeywords: [a, b\nauthor: x\n---\n');
    assert.ok(errors.length > 0);
    assert.ok(errors.every((e) => e.line >= 3 && e.line <= 4), JSON.stringify(errors));
  });

  test('a file without frontmatter', () => {
    const source = '# Заголовок\n\nТекст\n';
    const parsed = parseFrontmatter(source);
    assert.deepEqual(parsed.data, {});
    assert.equal(parsed.document, null);
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.body, source);
    assert.equal(splitFrontmatter(source).yaml, null);
  });

  test('a top-level YAML list or scalar is not frontmatter data', () => {
    assert.deepEqual(parseFrontmatter('---\n- a\n- b\n---\n').data, {});
    assert.deepEqual(parseFrontmatter('---\njust text\n---\n').data, {});
  });

  test('BOM and CRLF line endings', () => {
    const parsed = parseFrontmatter('\uFEFF---\r\ntitle: "Привет"\r\n---\r\nТекст\r\n');
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.data.title, 'Привет');
    assert.equal(parsed.body, 'Текст\n');
  });

  test('a closing fence at end of file without a newline', () => {
    const parsed = parseFrontmatter('---\ntitle: x\n---');
    assert.equal(parsed.data.title, 'x');
    assert.equal(parsed.body, '');
  });

  test('an empty frontmatter block is frontmatter, as remark-frontmatter reads it', () => {
    // The pipeline (remark-frontmatter) strips "---\n---" as an empty YAML block.
    const split = splitFrontmatter('---\n---\nТекст\n');
    assert.equal(split.yaml, '');
    assert.equal(split.body, 'Текст\n');
  });
});

test('anchors and aliases are errors, not a crash or a lost word', () => {
  for (const [source, line] of [
    ['---\ntitle: *Новинка*\n---\n', 2],
    ['---\ndescription: x\ntitle: &Важно уборка\n---\n', 3],
  ] as const) {
    const parsed = parseFrontmatter(source);
    assert.deepEqual(parsed.data, {});
    assert.equal(parsed.errors.length, 1, source);
    assert.equal(parsed.errors[0]?.line, line);
  }
});
