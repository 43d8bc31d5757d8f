import { Feed, type Item } from 'feed';
import { toMoscowIso } from '../content/dates';
import type { PostSummary } from '../content/reshape';
import { byNewest } from '../content/summary-index';
import { postTagSlugs, tagPath, tagSlug, TAGS_PATH, type Tag } from '../content/tags';
import { resizedImageUrl } from '../images/hosts';
import { absoluteUrl, site, type SiteConfig } from '../site';
import { latestUpdate } from './sitemap';
import { xmlSafeText } from './xml-text';

/**
 * The feed carries full bodies, so it is capped: its size stays bounded as the
 * blog grows, and readers only poll for what is new anyway.
 */
export const FEED_LIMIT = 20;
/** Hero width in the feed: sharp on any screen, far lighter than the 2070 px originals. */
const FEED_HERO_WIDTH = 1200;

/** The three formats every feed is written in, by the `feed` library. */
export type FeedFormat = 'rss' | 'atom' | 'json';

export interface FeedFormatInfo {
  /** The file name in the feed's folder. */
  readonly file: string;
  /** The media type of `<link rel="alternate">` and of the response `next start` sends. */
  readonly mediaType: string;
  /** Shown after the feed's title in `<link title>`, so a reader's picker tells the formats apart. */
  readonly label: string;
}

export const FEED_FORMATS: Readonly<Record<FeedFormat, FeedFormatInfo>> = {
  rss: { file: 'rss.xml', mediaType: 'application/rss+xml', label: 'RSS' },
  atom: { file: 'atom.xml', mediaType: 'application/atom+xml', label: 'Atom' },
  json: { file: 'feed.json', mediaType: 'application/feed+json', label: 'JSON Feed' },
};

/** RSS first: the format most readers take when a page offers several. */
export const FEED_FORMAT_ORDER: readonly FeedFormat[] = ['rss', 'atom', 'json'];

/**
 * Where the feeds of a listing live. The site's are at the root (`/rss.xml`,
 * `/atom.xml`, `/feed.json`, where readers already subscribe); a listing's
 * under `/feeds/` plus the listing's path (`/feeds/tags/<slug>/rss.xml`).
 * Not beside the page (`/tags/<slug>/rss.xml`): on Netlify and Cloudflare a
 * folder with pages gets the page headers for every file in it
 * (build/security/headers-file.ts), whose policy has no script-src, while a
 * feed, like every response that is not a page, must get the policy that
 * forbids scripts. `/feeds/` holds no page, so it gets that one.
 */
export const FEEDS_DIR = '/feeds';

export function feedFolderFor(listingPath: string): string {
  return listingPath === '/' ? '/' : `${FEEDS_DIR}${listingPath}`;
}

/** What a feed is a feed of: the whole blog, one tag, one author. */
export interface FeedChannel {
  /** The feed's title in readers. */
  readonly title: string;
  readonly description: string;
  /** The page the feed mirrors (`/`, `/tags/<slug>/`): the feed's link and id. */
  readonly pagePath: string;
  /** The folder of its three files (feedFolderFor). */
  readonly folder: string;
}

/** A channel for the listing at `pagePath`: the generic builder a tag or an author feed is made with. */
export function listingFeedChannel(pagePath: string, title: string, description: string): FeedChannel {
  return { title, description, pagePath, folder: feedFolderFor(pagePath) };
}

export function siteFeedChannel(config: SiteConfig = site): FeedChannel {
  return listingFeedChannel('/', config.name, config.description);
}

export function tagFeedChannel(tag: Pick<Tag, 'slug' | 'name'>, config: SiteConfig = site): FeedChannel {
  return listingFeedChannel(tagPath(tag.slug), `${config.name}: ${tag.name}`, `Статьи ${config.nameGenitive} по теме «${tag.name}».`);
}

/**
 * An author's feeds (`/feeds/authors/<slug>/…`), from the profile's page path
 * (`/authors/<slug>/`) and name: the author page passes it to listingMetadata
 * as `feeds`, and three route files like the tags' serve it.
 */
export function authorFeedChannel(author: { readonly url: string; readonly name: string }, config: SiteConfig = site): FeedChannel {
  return listingFeedChannel(author.url, `${config.name}: ${author.name}`, `Статьи ${config.nameGenitive}, автор — ${author.name}.`);
}

/** The site path of a channel's feed in a format: `/rss.xml`, `/feeds/tags/x/atom.xml`. */
export function feedPath(channel: Pick<FeedChannel, 'folder'>, format: FeedFormat): string {
  return `${channel.folder}${FEED_FORMATS[format].file}`;
}

/** The site's RSS feed; the other formats and listings: feedPath. */
export const FEED_PATH = feedPath(siteFeedChannel(), 'rss');

/** The `<link rel="alternate">` entries of a page offering a channel's feeds, for Next's `alternates.types`. */
export function feedAlternates(channel: FeedChannel): Record<string, { url: string; title: string }[]> {
  return Object.fromEntries(
    FEED_FORMAT_ORDER.map((format) => {
      const { mediaType, label } = FEED_FORMATS[format];
      return [mediaType, [{ url: feedPath(channel, format), title: `${channel.title} (${label})` }]];
    }),
  );
}

export interface FeedPost {
  readonly summary: PostSummary;
  /** Sanitised body HTML of the post. */
  readonly html: string;
}

export interface FeedOptions {
  readonly baseUrl: string;
  /** For the copyright year and an empty feed's date; tests pin it. */
  readonly now?: Date;
  /** What the feed is of; the whole blog unless given. */
  readonly channel?: FeedChannel;
}

/** The posts the feed shows, newest first; the route reads full bodies for these only. */
export function newestForFeed(posts: readonly PostSummary[]): PostSummary[] {
  return [...posts].sort(byNewest).slice(0, FEED_LIMIT);
}

// A start tag whose attributes are all double-quoted, as the HTML pipeline writes
// them; matching whole tags keeps `href="/…"` shown as text in a code block intact.
const START_TAG = /<[a-zA-Z][\w-]*(?:\s+[^\s"'>/=]+(?:="[^"]*")?)*\s*\/?>/g;
// Root-relative only: "//host/…" is protocol-relative and already points off-site.
const ROOT_RELATIVE_ATTR = /(\s(?:href|src))="\/(?!\/)([^"]*)"/g;

/**
 * Makes `href="/…"` and `src="/…"` absolute. RSS 2.0 has no xml:base and feed
 * readers do not resolve relative URLs reliably (many resolve against their
 * own origin), so internal links and local images would break there.
 */
export function absolutizeHtmlUrls(html: string, baseUrl: string): string {
  const origin = baseUrl.replace(/\/+$/, '');
  return html.replace(START_TAG, (tag) =>
    tag.replace(ROOT_RELATIVE_ATTR, (_match, attr: string, rest: string) => `${attr}="${origin}/${rest}"`),
  );
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The feed library wraps titles, descriptions and bodies in CDATA and splits
 * only the first `]]>` (xml-js uses String#replace with a string), so a second
 * one would end the section early and break the XML. `]]&gt;` reads the same
 * in HTML, which is how readers treat these fields.
 */
export function neutraliseCdataEnd(value: string): string {
  return value.replace(/]]>/g, ']]&gt;');
}

function itemContent({ summary, html }: FeedPost, baseUrl: string): string {
  // The page shows the hero outside the body; readers would otherwise show no picture.
  const hero = summary.hero
    ? `<p><img src="${escapeHtml(resizedImageUrl(summary.hero.src, FEED_HERO_WIDTH))}" alt="${escapeHtml(summary.hero.alt)}"></p>`
    : '';
  // Never empty: the dc namespace (for dc:creator) is declared only when some item has content.
  const body = html.trim() || `<p>${escapeHtml(summary.description)}</p>`;
  return absolutizeHtmlUrls(hero + body, baseUrl);
}

function copyrightYear(now: Date): string {
  return new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: site.timeZone }).format(now);
}

/**
 * The library writes Atom dates with Date#toISOString, in UTC. This Date
 * writes the same instant in Moscow time with its offset (RFC 3339 allows
 * any), as the JSON-LD and the JSON Feed do: the local date the editor meant.
 */
class MoscowDate extends Date {
  override toISOString(): string {
    return toMoscowIso(super.toISOString());
  }
}

interface Prepared {
  readonly channel: FeedChannel;
  readonly shown: readonly FeedPost[];
  readonly updated: Date;
  readonly now: Date;
  readonly baseUrl: string;
}

function prepare(posts: readonly FeedPost[], options: FeedOptions): Prepared {
  const now = options.now ?? new Date();
  const bySlug = new Map(posts.map((post) => [post.summary.slug, post]));
  const shown = newestForFeed(posts.map((post) => post.summary)).flatMap((summary) => bySlug.get(summary.slug) ?? []);
  const updated = latestUpdate(shown.map((post) => post.summary));
  return {
    channel: options.channel ?? siteFeedChannel(),
    shown,
    // The newest post's date, not the build time: a rebuild without news leaves the feed unchanged.
    updated: updated ? new Date(updated) : now,
    now,
    baseUrl: options.baseUrl,
  };
}

function newFeed({ channel, updated, now, baseUrl }: Prepared, format: FeedFormat, date: (value: Date) => Date = (value) => value): Feed {
  return new Feed({
    id: absoluteUrl(channel.pagePath, baseUrl),
    title: channel.title,
    description: channel.description,
    link: absoluteUrl(channel.pagePath, baseUrl),
    language: 'ru',
    image: absoluteUrl(site.organization.logo.url, baseUrl),
    copyright: `© ${copyrightYear(now)} ${site.organization.legalName}`,
    updated: date(updated),
    generator: false,
    // Atom needs an author for the feed or for every entry; the company is the publisher.
    author: { name: site.organization.name, link: site.organization.url },
    feedLinks: { [format]: absoluteUrl(feedPath(channel, format), baseUrl) },
  });
}

/** RSS 2.0 of the newest posts, with full bodies in content:encoded; well-formed whatever the text (see xml-text.ts). */
export function buildRssFeed(posts: readonly FeedPost[], options: FeedOptions): string {
  const prepared = prepare(posts, options);
  const feed = newFeed(prepared, 'rss');
  for (const post of prepared.shown) {
    const { summary } = post;
    feed.addItem({
      title: neutraliseCdataEnd(summary.title),
      // No guid/id: the library then uses the link as a permalink guid, stable across rebuilds.
      link: absoluteUrl(summary.url, prepared.baseUrl),
      date: new Date(summary.updatedAt),
      // pubDate comes from `published` when set: the first publication, not the last edit.
      published: new Date(summary.publishedAt),
      description: neutraliseCdataEnd(summary.description),
      content: neutraliseCdataEnd(itemContent(post, prepared.baseUrl)),
      category: summary.keywords.map((name) => ({ name })),
      // RSS <author> must be an e-mail address; dc:creator carries a plain name.
      extensions: [{ name: 'dc:creator', objects: { _text: summary.author } }],
    });
  }
  // None of these characters can be markup, so cleaning the whole document
  // covers every field, present and future, the library's own ones too.
  return xmlSafeText(feed.rss2());
}

/**
 * Atom categories of a post: its tags (term: the slug, scheme: the tag index,
 * label: the name). The library escapes `&` and `"` in attribute values but
 * not `<` (feed 6.0.0, `formatCategory` in atom1.ts, and xml-js writes
 * attributes as given), so a keyword with `<` would make the whole feed
 * ill-formed (lib/seo/feed.test.ts proves it). Escaping it ourselves cannot
 * work either: the library then escapes our `&` once more. Such a label is
 * left out; the term, a tag slug, is Latin letters, digits and hyphens.
 */
function atomCategories(summary: PostSummary, baseUrl: string, tagName: (slug: string) => string): Item['category'] {
  return postTagSlugs(summary).map((slug) => {
    const label = tagName(slug);
    return { term: slug, scheme: absoluteUrl(TAGS_PATH, baseUrl), ...(label.includes('<') ? {} : { name: label }) };
  });
}

/** Atom 1.0 of the same posts, in Moscow time; Atom's html fields are HTML, so text is escaped into them. */
export function buildAtomFeed(posts: readonly FeedPost[], options: FeedOptions): string {
  const prepared = prepare(posts, options);
  const feed = newFeed(prepared, 'atom', (value) => new MoscowDate(value));
  for (const post of prepared.shown) {
    const { summary } = post;
    // Each tag's label: the first of the post's keywords with that slug.
    const names = new Map<string, string>();
    for (const keyword of summary.keywords) if (!names.has(tagSlug(keyword))) names.set(tagSlug(keyword), keyword);
    feed.addItem({
      title: escapeHtml(summary.title),
      link: absoluteUrl(summary.url, prepared.baseUrl),
      date: new MoscowDate(summary.updatedAt),
      published: new MoscowDate(summary.publishedAt),
      description: escapeHtml(summary.description),
      content: neutraliseCdataEnd(itemContent(post, prepared.baseUrl)),
      author: [{ name: summary.author }],
      category: atomCategories(summary, prepared.baseUrl, (slug) => names.get(slug) ?? slug),
    });
  }
  return xmlSafeText(feed.atom1());
}

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Drops what xml-text.ts drops from XML, in every string: the same text in all three formats. */
function cleanStrings(value: Json): Json {
  if (typeof value === 'string') return xmlSafeText(value);
  if (Array.isArray(value)) return value.map(cleanStrings);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleanStrings(item)]));
  return value;
}

/**
 * JSON Feed 1.1. The library writes version 1 (`author` objects, no
 * `language`) and its dates in UTC; these are set right here, on its output:
 * `authors` lists, `language`, the 1.1 version, Moscow-time dates (as in the
 * JSON-LD). Every item is given an `id` (its URL): the library writes none
 * unless told, and the format requires one.
 */
export function buildJsonFeed(posts: readonly FeedPost[], options: FeedOptions): string {
  const prepared = prepare(posts, options);
  const feed = newFeed(prepared, 'json');
  for (const post of prepared.shown) {
    const { summary } = post;
    const url = absoluteUrl(summary.url, prepared.baseUrl);
    feed.addItem({
      id: url,
      title: summary.title,
      link: url,
      date: new Date(summary.updatedAt),
      published: new Date(summary.publishedAt),
      description: summary.description,
      content: itemContent(post, prepared.baseUrl),
      author: [{ name: summary.author }],
      category: summary.keywords.map((name) => ({ name })),
    });
  }
  type Written = { [key: string]: Json | undefined };
  const written = JSON.parse(feed.json1()) as Written & { items: Written[] };
  const { author, items, ...rest } = written;
  const out = {
    ...(rest as Record<string, Json>),
    version: JSON_FEED_VERSION,
    language: 'ru',
    ...(author ? { authors: [author] } : {}),
    items: items.map(({ author: itemAuthor, ...item }, index) => {
      const { summary } = prepared.shown[index]!;
      return {
        ...(item as Record<string, Json>),
        date_published: toMoscowIso(summary.publishedAt),
        date_modified: toMoscowIso(summary.updatedAt),
        ...(itemAuthor ? { authors: [itemAuthor] } : {}),
      };
    }),
  };
  return `${JSON.stringify(cleanStrings(out as Json), null, 2)}\n`;
}

const BUILDERS: Readonly<Record<FeedFormat, (posts: readonly FeedPost[], options: FeedOptions) => string>> = {
  rss: buildRssFeed,
  atom: buildAtomFeed,
  json: buildJsonFeed,
};

/** The feed of `channel` in `format`. */
export function buildFeed(format: FeedFormat, posts: readonly FeedPost[], options: FeedOptions): string {
  return BUILDERS[format](posts, options);
}

/** The route handler's answer: the feed, with its media type (what `next start` sends; a static host goes by the file's extension). */
export function feedResponse(format: FeedFormat, posts: readonly FeedPost[], options: FeedOptions): Response {
  return new Response(buildFeed(format, posts, options), {
    headers: { 'Content-Type': `${FEED_FORMATS[format].mediaType}; charset=utf-8` },
  });
}
