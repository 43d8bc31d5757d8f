import type { APIRequestContext, Page, TestInfo } from '@playwright/test';
import { xml2js, type Element } from 'xml-js';
import { jsonFeedProblems } from '../support/json-feed-shape';
import { xmlError } from '../support/xml-well-formed';
import { expect } from './fixtures';

export const SITE = 'https://butlerspb-blog.netlify.app';

/** The media types a page's feed links carry, in the order the page lists them (lib/seo/feed.ts). */
export const FEED_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/feed+json'] as const;
export type FeedType = (typeof FEED_TYPES)[number];

export interface FeedLink {
  readonly type: string;
  readonly href: string;
  readonly title: string;
}

/** The page's `<link rel="alternate">` feed links. */
export async function feedLinks(page: Page): Promise<FeedLink[]> {
  return page
    .locator('head link[rel="alternate"][type]')
    .evaluateAll((links) => links.map((link) => ({ type: link.getAttribute('type') ?? '', href: link.getAttribute('href') ?? '', title: link.getAttribute('title') ?? '' })));
}

/**
 * The Content-Type a feed must be served with: `next start` sends the route's
 * own media type; a static host goes by the extension (serve: application/xml
 * and application/json), any XML or JSON type is what readers accept.
 */
function expectContentType(contentType: string, type: FeedType, testInfo: TestInfo, what: string): void {
  if (testInfo.project.name.includes('server')) expect(contentType, what).toBe(`${type}; charset=utf-8`);
  else if (type === 'application/feed+json') expect(contentType, what).toMatch(/^application\/(feed\+)?json\b/);
  else expect(contentType, what).toMatch(/^(application\/([a-z]+\+)?xml|text\/xml)\b/);
}

function elements(el: Element, name: string): Element[] {
  return (el.elements ?? []).filter((child) => child.type === 'element' && child.name === name);
}
function textOf(el: Element | undefined): string {
  return (el?.elements ?? []).map((node) => String(node.text ?? node.cdata ?? '')).join('');
}

/**
 * Fetches a feed by its absolute URL on the site, checks its status,
 * Content-Type and that it is well-formed (XML) or JSON Feed 1.1, and returns
 * its title and the site paths of its posts, in feed order.
 */
export async function readFeed(
  request: APIRequestContext,
  href: string,
  type: FeedType,
  testInfo: TestInfo,
): Promise<{ title: string; self: string; posts: string[] }> {
  expect(href.startsWith(`${SITE}/`), href).toBe(true);
  const response = await request.get(href.slice(SITE.length));
  expect(response.status(), href).toBe(200);
  expectContentType(response.headers()['content-type'] ?? '', type, testInfo, href);
  const body = await response.body();
  const path = (url: string) => (url.startsWith(`${SITE}/`) ? url.slice(SITE.length) : `not on the site: ${url}`);
  if (type === 'application/feed+json') {
    const feed = JSON.parse(body.toString('utf8')) as { title: string; feed_url: string; items: { url: string }[] };
    expect(jsonFeedProblems(feed), href).toEqual([]);
    return { title: feed.title, self: feed.feed_url, posts: feed.items.map((item) => path(item.url)) };
  }
  expect(xmlError(body), href).toBeNull();
  const root = xml2js(body.toString('utf8'), { compact: false }) as Element;
  if (type === 'application/rss+xml') {
    const channel = elements(elements(root, 'rss')[0]!, 'channel')[0]!;
    const self = elements(channel, 'atom:link')[0]?.attributes?.href;
    return { title: textOf(elements(channel, 'title')[0]), self: String(self), posts: elements(channel, 'item').map((item) => path(textOf(elements(item, 'link')[0]))) };
  }
  const feed = elements(root, 'feed')[0]!;
  const self = elements(feed, 'link').find((link) => link.attributes?.rel === 'self')?.attributes?.href;
  return {
    title: textOf(elements(feed, 'title')[0]),
    self: String(self),
    posts: elements(feed, 'entry').map((entry) => path(String(elements(entry, 'link')[0]?.attributes?.href))),
  };
}

/** Checks that a page offers exactly one feed per format, each served and well-formed; returns each format's post paths. */
export async function expectFeedsOf(
  page: Page,
  request: APIRequestContext,
  testInfo: TestInfo,
  expected: { folder: string; title: string },
): Promise<Map<FeedType, string[]>> {
  const links = await feedLinks(page);
  const files = { 'application/rss+xml': 'rss.xml', 'application/atom+xml': 'atom.xml', 'application/feed+json': 'feed.json' } as const;
  const labels = { 'application/rss+xml': 'RSS', 'application/atom+xml': 'Atom', 'application/feed+json': 'JSON Feed' } as const;
  expect(links).toEqual(
    FEED_TYPES.map((type) => ({ type, href: `${SITE}${expected.folder}${files[type]}`, title: `${expected.title} (${labels[type]})` })),
  );
  const posts = new Map<FeedType, string[]>();
  for (const type of FEED_TYPES) {
    const href = `${SITE}${expected.folder}${files[type]}`;
    const feed = await readFeed(request, href, type, testInfo);
    expect(feed.title, href).toBe(expected.title);
    expect(feed.self, href).toBe(href);
    posts.set(type, feed.posts);
  }
  return posts;
}
