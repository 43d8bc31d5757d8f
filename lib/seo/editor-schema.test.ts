import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parseFrontmatter } from '../content/frontmatter';
import { asEditorSchema, inspectEditorSchema, isHttpUrl, type EditorSchema } from './editor-schema';
import { siteNodeOf } from './ids';

const SITE = 'https://blog.example.ru';
const inspect = (schema: Record<string, unknown>) => inspectEditorSchema(schema as EditorSchema, { siteUrl: SITE });
const clean = (schema: Record<string, unknown>) => inspect(schema).clean;
const faultPaths = (schema: Record<string, unknown>) => inspect(schema).faults.map((f) => `${f.kind} ${f.path}`);

test("the seed post's schema has no faults and comes out as it went in, key order too", () => {
  const source = readFileSync(path.join(process.cwd(), 'content/blog/doverie-klientov.md'), 'utf8');
  const seed = asEditorSchema(parseFrontmatter(source).data.schema);
  assert.ok(seed);
  // Its mainEntityOfPage points at the page's own WebPage node: a reference, which is allowed.
  const inspected = inspectEditorSchema(seed, { siteUrl: 'https://butlerspb-blog.netlify.app' });
  assert.deepEqual(inspected.faults, []);
  assert.equal(JSON.stringify(inspected.clean), JSON.stringify(seed));
});

test('only the keywords a HowTo needs pass: @context and @type on top, @type and @id inside', () => {
  const schema = {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    '@id': `${SITE}/#organization`,
    '@graph': [{ '@type': 'Organization', name: 'Чужая' }],
    '@reverse': { author: { '@id': 'https://evil.example/' } },
    '@included': [{ '@type': 'Person', name: 'x' }],
    name: 'Уборка',
    step: [{ '@type': 'HowToStep', '@context': { text: '@id' }, '@graph': [], '@value': 'x', '@id': 'https://a.example/step', text: 'Шаг' }],
  };
  assert.deepEqual(faultPaths(schema), [
    'keyword @id',
    'keyword @graph',
    'keyword @reverse',
    'keyword @included',
    'keyword step[0].@context',
    'keyword step[0].@graph',
    'keyword step[0].@value',
  ]);
  assert.deepEqual(clean(schema), {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: 'Уборка',
    step: [{ '@type': 'HowToStep', '@id': 'https://a.example/step', text: 'Шаг' }],
  });
});

test("schema.org's aliases of @id and @type are dropped too, and so is a @type that is not a name", () => {
  assert.deepEqual(clean({ name: 'x', publisher: { type: 'Organization', id: `${SITE}/#organization`, name: 'Чужая' } }), {
    name: 'x',
    publisher: { name: 'Чужая' },
  });
  assert.deepEqual(clean({ tool: [{ '@type': { '@id': `${SITE}/#organization` }, name: 'Ведро' }, { '@type': ['HowToTool'], name: 'Тряпка' }] }), {
    tool: [{ name: 'Ведро' }, { '@type': ['HowToTool'], name: 'Тряпка' }],
  });
});

test("a node with a site's @id may only point at it, with the type the site gives it", () => {
  const org = `${SITE}/#organization`;
  const page = `${SITE}/blog/uborka/`;
  const schema = {
    publisher: { '@type': 'Organization', '@id': org, name: 'Чужая', logo: 'https://evil.example/logo.png' },
    author: { '@type': 'Person', '@id': org },
    isPartOf: { '@id': `http://blog.example.ru/blog/uborka/#article`, headline: 'Подмена' },
    mainEntityOfPage: { '@type': 'WebPage', '@id': page },
    about: { '@id': `${SITE}/#other`, '@type': 'Thing' },
    provider: { '@id': org },
  };
  assert.deepEqual(faultPaths(schema), ['site-node publisher', 'site-node author', 'site-node isPartOf', 'site-node about']);
  assert.deepEqual(clean(schema), {
    publisher: { '@type': 'Organization', '@id': org },
    author: { '@id': org },
    isPartOf: { '@id': 'http://blog.example.ru/blog/uborka/#article' },
    mainEntityOfPage: { '@type': 'WebPage', '@id': page },
    about: { '@id': `${SITE}/#other` },
    provider: { '@id': org },
  });
  // Another site's ids are its own business.
  assert.deepEqual(faultPaths({ publisher: { '@type': 'Organization', '@id': 'https://other.example/#organization', name: 'Другая' } }), []);
});

test('siteNodeOf knows the site nodes by host and fragment', () => {
  assert.deepEqual(siteNodeOf(`${SITE}/#organization`, SITE), { type: 'Organization' });
  assert.deepEqual(siteNodeOf(`${SITE}/#website`, SITE), { type: 'WebSite' });
  assert.deepEqual(siteNodeOf(`${SITE}/blog/x/`, SITE), { type: 'WebPage' });
  assert.deepEqual(siteNodeOf(`${SITE}/blog/x/#howto`, SITE), { type: 'HowTo' });
  assert.deepEqual(siteNodeOf(`${SITE}/blog/x/#primaryimage`, SITE), { type: 'ImageObject' });
  assert.deepEqual(siteNodeOf('HTTP://BLOG.EXAMPLE.RU/#breadcrumb', SITE), { type: 'BreadcrumbList' });
  assert.deepEqual(siteNodeOf(`${SITE}/#kontakty`, SITE), { type: null });
  assert.equal(siteNodeOf('https://blog.example.ru.evil.example/#organization', SITE), null);
  assert.equal(siteNodeOf('#organization', SITE), null);
});

test('@id values are absolute http(s) URLs; others are dropped', () => {
  const schema = {
    image: { '@id': 'javascript:alert(1)' },
    isBasedOn: { '@id': '#article', '@type': 'CreativeWork', name: 'Источник' },
    tool: [{ '@id': '_:b0', '@type': 'HowToTool', name: 'Ведро' }],
  };
  assert.deepEqual(faultPaths(schema), ['id image.@id', 'id isBasedOn.@id', 'id tool[0].@id']);
  // An object left empty is left out.
  assert.deepEqual(clean(schema), { isBasedOn: { '@type': 'CreativeWork', name: 'Источник' }, tool: [{ '@type': 'HowToTool', name: 'Ведро' }] });
});

test('URL-valued properties take absolute http(s) URLs only, at any depth, however the scheme is hidden', () => {
  const hostile = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'javascript&#58;alert(1)',
    'https://',
    'https://a.example/ x',
    ' https://a.example/',
    'mailto:info@example.ru',
  ];
  for (const url of hostile) {
    const schema = { url, image: { '@type': 'ImageObject', contentUrl: url }, step: [{ '@type': 'HowToStep', text: 'a', url }], sameAs: [url] };
    assert.deepEqual(faultPaths(schema), ['url url', 'url image.contentUrl', 'url step[0].url', 'url sameAs[0]'], JSON.stringify(url));
    assert.deepEqual(clean(schema), { image: { '@type': 'ImageObject' }, step: [{ '@type': 'HowToStep', text: 'a' }], sameAs: [] });
  }
  for (const url of ['https://a.example/x.jpg', 'http://a.example/', 'HTTPS://A.EXAMPLE/путь?q=1#x']) {
    assert.deepEqual(faultPaths({ url, image: url }), [], url);
  }
});

test('relative URLs are faults of their own kind', () => {
  const { faults } = inspect({ image: '/images/uborka.jpg', url: '//cdn.example/x', logo: 'logo.png' });
  assert.deepEqual(
    faults.map((f) => f.kind === 'url' && [f.path, f.relative]),
    [
      ['image', true],
      ['url', true],
      ['logo', true],
    ],
  );
});

test('properties that take text or a URL: text stays text, a URL must be http(s)', () => {
  assert.deepEqual(faultPaths({ keywords: 'SEO: советы, уборка', identifier: 'ISBN 978-5', additionalType: 'https://a.example/T' }), []);
  assert.deepEqual(faultPaths({ keywords: 'javascript: alert(1)', identifier: 'urn:isbn:978', additionalType: 'java\tscript:x' }), [
    'url keywords',
    'url identifier',
    'url additionalType',
  ]);
  // Full and prefixed property names are the same property.
  assert.deepEqual(faultPaths({ 'schema:url': 'javascript:x', 'https://schema.org/image': 'javascript:x' }), ['url schema:url', 'url https://schema.org/image']);
});

test('isHttpUrl', () => {
  assert.equal(isHttpUrl('https://a.example'), true);
  assert.equal(isHttpUrl('http://a.example/x?y#z'), true);
  for (const value of ['https:/a.example', 'https://', 'ftp://a.example/', 'https://a b/', 5, null, '  https://a.example']) assert.equal(isHttpUrl(value), false, String(value));
});
