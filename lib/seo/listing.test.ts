import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadPost } from '../../support/seed-post';
import type { PostSummary } from '../content/reshape';
import type { Tag } from '../content/tags';
import { site, type SiteConfig } from '../site';
import { listingCrumbs } from './breadcrumbs';
import {
  archiveMetadata,
  buildArchiveHead,
  buildListingMetadata,
  buildTagIndex,
  HOME,
  listingPage,
  movedListingMetadata,
  tagIndexMetadata,
  tagSubject,
} from './listing';
import { tagFeedChannel } from './feed';
import { listingMetadata } from './metadata';
import { buildListingGraph } from './post-graph';

type Node = Record<string, unknown>;

function byType(graph: { '@graph': readonly unknown[] }, type: string): Node {
  const found = graph['@graph'].find((node) => (node as Node)['@type'] === type);
  assert.ok(found, `no ${type} node`);
  return found as Node;
}

async function posts(count: number): Promise<PostSummary[]> {
  const seed = await loadPost('doverie-klientov');
  return Array.from({ length: count }, (_, i) => ({ ...seed, slug: `post-${i + 1}`, url: `/blog/post-${i + 1}/`, title: `Статья ${i + 1}` }));
}

const TAG: Tag = { slug: 'uborka-kukhni', name: 'уборка кухни', count: 12 };

test('home, page 1: the site title and description, no visible trail', async () => {
  const listing = listingPage(HOME, await posts(25), 1);
  assert.ok(listing);
  assert.equal(listing.path, '/');
  assert.equal(listing.heading, site.name);
  assert.equal(listing.intro, site.description);
  assert.equal(listing.crumbs, undefined);
  assert.equal(listing.page.items.length, 10);
  assert.deepEqual(buildListingMetadata(HOME, 1), listingMetadata('/'));
  assert.deepEqual(buildListingMetadata(HOME, 1).title, { absolute: site.name });
  assert.equal(byType(listing.graph, 'CollectionPage').name, site.name);
  assert.equal((byType(listing.graph, 'BreadcrumbList').itemListElement as Node[]).length, 2);
});

test('home, page 3: numbered heading, title, description and trail; the graph lists that page', async () => {
  const all = await posts(25);
  const listing = listingPage(HOME, all, 3);
  assert.ok(listing);
  assert.equal(listing.path, '/page/3/');
  assert.equal(listing.heading, `${site.name}: страница 3`);
  assert.equal(listing.intro, undefined);
  assert.deepEqual(listing.crumbs?.map((crumb) => crumb.name), ['Главная', 'Блог', 'Страница 3']);
  assert.deepEqual(
    buildListingMetadata(HOME, 3),
    listingMetadata('/page/3/', { title: 'Страница 3', description: `${site.description} Страница 3.` }),
  );
  assert.deepEqual(
    listing.graph,
    buildListingGraph(all.slice(20), '/page/3/', { name: listing.heading, crumbs: listingCrumbs([{ name: 'Страница 3', path: '/page/3/' }]) }),
  );
  assert.equal(listingPage(HOME, all, 4), null);
});

test('a tag, pages 1 and 2: heading, count, trail through Темы, the tag named in the description', async () => {
  const tagged = await posts(12);
  const first = listingPage(tagSubject(TAG), tagged, 1);
  const second = listingPage(tagSubject(TAG), tagged, 2);
  assert.ok(first && second);
  assert.equal(first.path, '/tags/uborka-kukhni/');
  assert.equal(second.path, '/tags/uborka-kukhni/page/2/');
  assert.equal(first.heading, 'Статьи по теме «уборка кухни»');
  assert.equal(second.heading, first.heading);
  assert.equal(first.intro, '12 статей на эту тему.');
  assert.deepEqual(first.crumbs?.map((crumb) => crumb.href), ['https://butlerspb.ru/', '/', '/tags/', '/tags/uborka-kukhni/']);
  assert.deepEqual(second.crumbs?.map((crumb) => crumb.name), ['Главная', 'Блог', 'Темы', 'уборка кухни', 'Страница 2']);
  assert.equal(second.page.items.length, 2);
  assert.deepEqual(
    buildListingMetadata(tagSubject(TAG), 1),
    listingMetadata('/tags/uborka-kukhni/', {
      title: 'Статьи по теме «уборка кухни»',
      description: 'Статьи блога ButlerSPB по теме «уборка кухни».',
      feeds: tagFeedChannel(TAG),
    }),
  );
  assert.deepEqual(
    buildListingMetadata(tagSubject(TAG), 2),
    listingMetadata('/tags/uborka-kukhni/page/2/', {
      title: 'Статьи по теме «уборка кухни», страница 2',
      description: 'Статьи блога ButlerSPB по теме «уборка кухни», страница 2.',
      feeds: tagFeedChannel(TAG),
    }),
  );
  const page = byType(second.graph, 'CollectionPage');
  assert.equal(page.url, `${site.url}/tags/uborka-kukhni/page/2/`);
  assert.equal(page.name, second.heading);
  assert.equal((page.hasPart as Node[]).length, 2);
  assert.equal((byType(second.graph, 'BreadcrumbList').itemListElement as Node[]).length, 5);
});

test('a tag’s pages offer that tag’s feeds in every format; the home page the site’s', () => {
  assert.deepEqual(buildListingMetadata(tagSubject(TAG), 2).alternates?.types, {
    'application/rss+xml': [{ url: '/feeds/tags/uborka-kukhni/rss.xml', title: 'Блог ButlerSPB: уборка кухни (RSS)' }],
    'application/atom+xml': [{ url: '/feeds/tags/uborka-kukhni/atom.xml', title: 'Блог ButlerSPB: уборка кухни (Atom)' }],
    'application/feed+json': [{ url: '/feeds/tags/uborka-kukhni/feed.json', title: 'Блог ButlerSPB: уборка кухни (JSON Feed)' }],
  });
  assert.deepEqual(Object.values(buildListingMetadata(HOME, 1).alternates?.types ?? {}).flat().map((link) => (link as { url: string }).url), [
    '/rss.xml',
    '/atom.xml',
    '/feed.json',
  ]);
});

test('metadata, visible trail and JSON-LD name the same page', async () => {
  const all = await posts(25);
  for (const [subject, number] of [[HOME, 1], [HOME, 2], [tagSubject(TAG), 1], [tagSubject(TAG), 2]] as const) {
    const listing = listingPage(subject, all, number);
    assert.ok(listing);
    const meta = buildListingMetadata(subject, number);
    assert.equal(meta.alternates?.canonical, listing.path);
    assert.equal((meta.openGraph as { url: string }).url, listing.path);
    assert.equal(byType(listing.graph, 'CollectionPage').url, `${site.url}${listing.path}`);
    if (listing.crumbs) assert.equal(listing.crumbs.at(-1)?.href, listing.path);
  }
});

test('/page/1/ and /tags/x/page/1/ carry page 1’s canonical and title, noindex', () => {
  assert.deepEqual(movedListingMetadata(HOME), { ...listingMetadata('/'), robots: { index: false } });
  assert.deepEqual(movedListingMetadata(tagSubject(TAG)), {
    ...listingMetadata('/tags/uborka-kukhni/', { title: 'Статьи по теме «уборка кухни»', feeds: tagFeedChannel(TAG) }),
    robots: { index: false },
  });
});

test('/tags/: its trail, title and a CollectionPage of every post', async () => {
  const all = await posts(3);
  const index = buildTagIndex(all);
  assert.equal(index.heading, 'Все темы блога');
  assert.deepEqual(index.crumbs?.map((crumb) => crumb.name), ['Главная', 'Блог', 'Темы']);
  assert.equal((byType(index.graph, 'CollectionPage').hasPart as Node[]).length, 3);
  assert.deepEqual(
    tagIndexMetadata(),
    listingMetadata('/tags/', { title: 'Все темы блога', description: 'Темы статей блога ButlerSPB и число статей по каждой.' }),
  );
});

test('/archive/: its trail, title, the site’s feeds and a CollectionPage of every post', async () => {
  const all = await posts(3);
  const head = buildArchiveHead(all);
  assert.equal(head.path, '/archive/');
  assert.equal(head.heading, 'Архив статей');
  assert.equal(head.intro, '3 статьи по месяцам, новые сверху.');
  assert.deepEqual(head.crumbs?.map((crumb) => crumb.name), ['Главная', 'Блог', 'Архив']);
  const page = byType(head.graph, 'CollectionPage');
  assert.equal(page.url, `${site.url}/archive/`);
  assert.equal(page.name, 'Архив статей');
  assert.equal((page.hasPart as Node[]).length, 3);
  assert.equal((byType(head.graph, 'BreadcrumbList').itemListElement as Node[]).length, 3);
  const meta = archiveMetadata();
  assert.equal(meta.alternates?.canonical, '/archive/');
  assert.equal(meta.title, 'Архив статей');
  assert.deepEqual(Object.keys(meta.alternates?.types ?? {}), ['application/rss+xml', 'application/atom+xml', 'application/feed+json']);
});

test('another company: every text comes from its configuration', async () => {
  const acme: SiteConfig = {
    ...site,
    url: 'https://blog.acme.test',
    name: 'Блог Acme',
    nameGenitive: 'блога Acme',
    shortName: 'Acme',
    description: 'Блог компании Acme.',
    defaultAuthor: 'Редакция Acme',
    defaultOgImage: { ...site.defaultOgImage, alt: 'Блог Acme' },
    organization: { ...site.organization, name: 'Acme', legalName: 'Acme', url: 'https://acme.test', email: 'info@acme.test', sameAs: [] },
  };
  const all = await posts(12);
  const built = [
    buildListingMetadata(HOME, 1, acme),
    buildListingMetadata(HOME, 2, acme),
    buildListingMetadata(tagSubject(TAG), 1, acme),
    buildListingMetadata(tagSubject(TAG), 2, acme),
    movedListingMetadata(tagSubject(TAG), acme),
    tagIndexMetadata(acme),
    listingPage(HOME, all, 1, acme),
    listingPage(HOME, all, 2, acme),
    listingPage(tagSubject(TAG), all, 2, acme),
    buildTagIndex(all, acme),
  ].map((value) => JSON.stringify(value, (key, v: unknown) => (key === 'page' && typeof v === 'object' ? undefined : v)));
  for (const text of built) assert.doesNotMatch(text, /ButlerSPB|butlerspb/i);
  assert.match(built[2] ?? '', /Статьи блога Acme по теме «уборка кухни»\./);
  assert.match(built[5] ?? '', /Темы статей блога Acme/);
});
