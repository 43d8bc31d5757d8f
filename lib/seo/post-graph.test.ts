import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { PostDetail } from '../content/reshape';
import { site } from '../site';
import { loadPost } from '../../support/seed-post';
import { buildHowToSteps, stepSections } from './howto';
import { buildListingGraph, buildPostGraph } from './post-graph';

type Node = Record<string, unknown>;
const SITE = site.url;
const PAGE = `${SITE}/blog/doverie-klientov/`;

function nodes(graph: { '@graph': readonly unknown[] }): Node[] {
  return graph['@graph'] as Node[];
}
function byType(graph: { '@graph': readonly unknown[] }, type: string): Node {
  const node = nodes(graph).find((n) => n['@type'] === type);
  assert.ok(node, `no ${type} node`);
  return node;
}
function* walk(value: unknown): Generator<Node> {
  if (Array.isArray(value)) for (const v of value) yield* walk(v);
  else if (value && typeof value === 'object') {
    yield value as Node;
    for (const v of Object.values(value)) yield* walk(v);
  }
}

describe('the seed post graph', () => {
  let seed: PostDetail;
  let graph: ReturnType<typeof buildPostGraph>;
  before(async () => {
    seed = await loadPost('doverie-klientov');
    graph = buildPostGraph(seed);
  });

  test('has one node of each kind, in a schema.org @graph', () => {
    assert.equal(graph['@context'], 'https://schema.org');
    assert.deepEqual(
      nodes(graph).map((n) => n['@type']),
      ['Organization', 'WebSite', 'WebPage', 'ImageObject', 'BreadcrumbList', 'BlogPosting', 'HowTo'],
    );
  });

  test('every @id reference resolves inside the graph', () => {
    const all = [...walk(graph)];
    const defined = new Set(all.filter((n) => Object.keys(n).length > 1).map((n) => n['@id']));
    const refs = all.filter((n) => Object.keys(n).length === 1 && '@id' in n).map((n) => n['@id']);
    assert.ok(refs.length >= 8);
    for (const ref of refs) assert.ok(defined.has(ref), `dangling ${String(ref)}`);
  });

  test('Organization: name, url, logo of at least 112px, sameAs, contact point', () => {
    const org = byType(graph, 'Organization');
    assert.equal(org['@id'], `${SITE}/#organization`);
    assert.equal(org.name, 'ButlerSPB');
    const logo = org.logo as Node;
    assert.ok(((logo.width as Node).value as number) >= 112);
    assert.ok(Array.isArray(org.sameAs) && org.sameAs.length > 0);
    assert.equal((org.contactPoint as Node)['@type'], 'ContactPoint');
  });

  test('BlogPosting: headline, dates with offset, author, keywords, wordCount', () => {
    const article = byType(graph, 'BlogPosting');
    assert.equal(article.headline, 'Доверие клиентов: как его завоевать и удержать');
    assert.equal(article.alternativeHeadline, 'Доверие клиентов: 7 столпов, на которых ButlerSPB строит безупречный сервис');
    assert.equal(article.datePublished, '2025-07-26T12:57:37.781+03:00');
    assert.equal(article.dateModified, '2025-07-26T12:57:37.781+03:00');
    assert.deepEqual(article.author, { '@type': 'Person', name: 'Эксперт ButlerSPB', worksFor: { '@id': `${SITE}/#organization` } });
    assert.deepEqual(article.publisher, { '@id': `${SITE}/#organization` });
    assert.deepEqual(article.mainEntityOfPage, { '@id': PAGE });
    assert.equal(article.inLanguage, 'ru-RU');
    assert.match(String(article.keywords), /^доверие клиентов, лояльность, клиентский сервис/);
    assert.equal(article.wordCount, seed.wordCount);
    assert.ok(seed.wordCount > 900);
  });

  test('HowTo: seven steps, "Столп №1" … "Столп №7", each linking to its heading', () => {
    const howTo = byType(graph, 'HowTo');
    const steps = howTo.step as Node[];
    assert.equal(steps.length, 7);
    steps.forEach((step, i) => {
      assert.equal(step['@type'], 'HowToStep');
      assert.equal(step.position, i + 1);
      assert.match(String(step.name), new RegExp(`^Столп №${i + 1}:`));
      assert.ok(String(step.url).startsWith(`${PAGE}#`));
      assert.ok(String(step.text).length > 40);
    });
    assert.equal(steps[0]?.text, seed.outline.sections[0]?.firstParagraph);
  });

  test("HowTo keeps every property the editor wrote and fills only the rest", () => {
    const howTo = byType(graph, 'HowTo');
    const editor = seed.schema as Node;
    for (const [key, value] of Object.entries(editor)) {
      if (key === '@context') continue;
      assert.deepEqual(howTo[key], value, key);
    }
    assert.deepEqual(howTo.aggregateRating, { '@type': 'AggregateRating', ratingValue: '4.8', reviewCount: 409, bestRating: '5', worstRating: '1' });
    assert.equal((howTo.publisher as Node).name, 'Блог ButlerSPB');
    assert.equal(howTo['@context'], undefined);
    assert.equal(howTo['@id'], `${PAGE}#howto`);
    assert.equal(howTo.inLanguage, 'ru-RU');
  });

  test('without editor schema the HowTo is fully computed', () => {
    const howTo = byType(buildPostGraph({ ...seed, schema: null }), 'HowTo');
    assert.equal(howTo.name, seed.title);
    assert.deepEqual(howTo.publisher, { '@id': `${SITE}/#organization` });
    assert.equal(howTo.aggregateRating, undefined);
  });

  test('a hostile schema, unchecked (as npm run dev renders it), adds no node and changes none of the site', () => {
    const hostile = {
      '@context': 'https://schema.org',
      '@type': 'HowTo' as const,
      '@id': `${SITE}/#organization`,
      '@graph': [{ '@type': 'Organization', '@id': `${SITE}/#organization`, name: 'Подмена' }],
      '@included': [{ '@type': 'WebSite', '@id': `${SITE}/#website`, name: 'Подмена' }],
      '@reverse': { publisher: { '@id': 'https://evil.example/' } },
      name: 'Инструкция',
      url: 'javascript:alert(1)',
      image: { '@type': 'ImageObject', url: 'java\tscript:alert(1)' },
      publisher: { '@type': 'Organization', '@id': `${SITE}/#organization`, name: 'Подмена', sameAs: 'https://evil.example/' },
      step: [{ '@type': 'HowToStep', '@context': { text: '@id' }, text: 'Шаг', url: 'data:text/html,x' }],
    };
    const clean = buildPostGraph(seed);
    const dirty = buildPostGraph({ ...seed, schema: hostile });
    // Every node but the HowTo is byte for byte what it is without the editor's schema.
    assert.deepEqual(nodes(dirty).slice(0, -1), nodes(clean).slice(0, -1));
    assert.deepEqual(nodes(dirty).map((n) => n['@type']), nodes(clean).map((n) => n['@type']));
    const howTo = byType(dirty, 'HowTo');
    assert.equal(howTo['@id'], `${PAGE}#howto`);
    assert.equal(howTo.name, 'Инструкция');
    assert.deepEqual(howTo.publisher, { '@type': 'Organization', '@id': `${SITE}/#organization` });
    assert.deepEqual(howTo.image, { '@type': 'ImageObject' });
    assert.deepEqual(howTo.step, [{ '@type': 'HowToStep', text: 'Шаг' }]);
    assert.equal(howTo.url, undefined);
    const keys = [...walk(howTo)].flatMap((n) => Object.keys(n));
    assert.deepEqual(keys.filter((k) => k.startsWith('@') && k !== '@type' && k !== '@id'), []);
  });

  test('ImageObject: the hero, as og:image; the generated card when there is no hero', () => {
    assert.match(String(byType(graph, 'ImageObject').url), /^https:\/\/images\.unsplash\.com\//);
    const card = byType(buildPostGraph({ ...seed, hero: null }), 'ImageObject');
    assert.equal(card.url, `${SITE}/og/doverie-klientov/image.png`);
    assert.deepEqual([(card.width as Node).value, (card.height as Node).value, card.caption], [1200, 630, seed.title]);
  });

  test('BreadcrumbList: Главная → Блог → the post', () => {
    const list = byType(graph, 'BreadcrumbList');
    const items = list.itemListElement as Node[];
    assert.deepEqual(items.map((i) => [i.position, i.name, i.item]), [
      [1, 'Главная', site.organization.url + '/'],
      [2, 'Блог', `${SITE}/`],
      [3, seed.title, PAGE],
    ]);
  });
});

test('step rule: sections without a paragraph of their own are not steps', () => {
  const sections = [
    { id: 'a', title: 'A', firstParagraph: 'Текст.' },
    { id: 'читайте-также', title: 'Читайте также', firstParagraph: '' },
    { id: 'b', title: 'B', firstParagraph: '  ' },
  ];
  assert.deepEqual(stepSections(sections).map((s) => s.id), ['a']);
  const steps = buildHowToSteps(sections, 'https://x.test/p/') as unknown as Node[];
  assert.equal(steps.length, 1);
  assert.equal(steps[0]?.url, 'https://x.test/p/#a');
});

test('step urls percent-encode Cyrillic ids', () => {
  const steps = buildHowToSteps([{ id: 'шаг-1', title: 'Шаг 1', firstParagraph: 'x' }], 'https://x.test/p/') as unknown as Node[];
  assert.equal(steps[0]?.url, 'https://x.test/p/#%D1%88%D0%B0%D0%B3-1');
});

test('listing graph: a CollectionPage with inline summaries and a two-step breadcrumb', async () => {
  const seed = await loadPost('doverie-klientov');
  const graph = buildListingGraph([seed], '/');
  const page = byType(graph, 'CollectionPage');
  assert.equal(page['@id'], `${SITE}/`);
  const parts = page.hasPart as Node[];
  assert.equal(parts[0]?.headline, seed.title);
  assert.equal(parts[0]?.['@type'], 'BlogPosting');
  assert.equal((byType(graph, 'BreadcrumbList').itemListElement as Node[]).length, 2);
});
