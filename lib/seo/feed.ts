import { Feed } from 'feed';
import type { PostSummary } from '../content/reshape';
import { byNewest } from '../content/summary-index';
import { resizedImageUrl } from '../images/hosts';
import { absoluteUrl, site } from '../site';
import { latestUpdate } from './sitemap';
import { xmlSafeText } from './xml-text';

/**
 * The feed carries full bodies, so it is capped: its size stays bounded as the
 * blog grows, and readers only poll for what is new anyway.
 */
export const FEED_LIMIT = 20;
export const FEED_PATH = '/rss.xml';
/** Hero width in the feed: sharp on any screen, far lighter than the 2070 px originals. */
const FEED_HERO_WIDTH = 1200;

export interface FeedPost {
  readonly summary: PostSummary;
  /** Sanitised body HTML of the post. */
  readonly html: string;
}

export interface FeedOptions {
  readonly baseUrl: string;
  /** For the copyright year and an empty feed's date; tests pin it. */
  readonly now?: Date;
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

/** RSS 2.0 of the newest posts, with full bodies in content:encoded; well-formed whatever the text (see xml-text.ts). */
export function buildRssFeed(posts: readonly FeedPost[], options: FeedOptions): string {
  const { baseUrl } = options;
  const now = options.now ?? new Date();
  const bySlug = new Map(posts.map((post) => [post.summary.slug, post]));
  const shown = newestForFeed(posts.map((post) => post.summary)).flatMap((summary) => bySlug.get(summary.slug) ?? []);
  const updated = latestUpdate(shown.map((post) => post.summary));

  const feed = new Feed({
    id: absoluteUrl('/', baseUrl),
    title: site.name,
    description: site.description,
    link: absoluteUrl('/', baseUrl),
    language: 'ru',
    image: absoluteUrl(site.organization.logo.url, baseUrl),
    copyright: `© ${copyrightYear(now)} ${site.organization.legalName}`,
    // The newest post's date, not the build time: a rebuild without news leaves the feed unchanged.
    updated: updated ? new Date(updated) : now,
    generator: false,
    feedLinks: { rss: absoluteUrl(FEED_PATH, baseUrl) },
  });

  for (const post of shown) {
    const { summary } = post;
    feed.addItem({
      title: neutraliseCdataEnd(summary.title),
      // No guid/id: the library then uses the link as a permalink guid, stable across rebuilds.
      link: absoluteUrl(summary.url, baseUrl),
      date: new Date(summary.updatedAt),
      // pubDate comes from `published` when set: the first publication, not the last edit.
      published: new Date(summary.publishedAt),
      description: neutraliseCdataEnd(summary.description),
      content: neutraliseCdataEnd(itemContent(post, baseUrl)),
      category: summary.keywords.map((name) => ({ name })),
      // RSS <author> must be an e-mail address; dc:creator carries a plain name.
      extensions: [{ name: 'dc:creator', objects: { _text: summary.author } }],
    });
  }
  // None of these characters can be markup, so cleaning the whole document
  // covers every field, present and future, the library's own ones too.
  return xmlSafeText(feed.rss2());
}
