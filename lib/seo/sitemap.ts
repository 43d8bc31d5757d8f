import type { MetadataRoute } from 'next';
import { ARCHIVE_PATH } from '../content/archive';
import type { PostSummary } from '../content/reshape';
import { postsWithTag, tagPath, TAGS_PATH, type Tag } from '../content/tags';
import { absoluteUrl } from '../site';

type SitemapEntry = MetadataRoute.Sitemap[number];

/**
 * Next writes sitemap values into the XML verbatim, so a hero URL with a query
 * string (`?q=80&w=2070`) would break the file unless escaped here.
 */
export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The latest updatedAt among the posts; the list is sorted by publishedAt, not by edits. */
export function latestUpdate(posts: readonly PostSummary[]): string | undefined {
  let latest: PostSummary | undefined;
  for (const post of posts) {
    if (!latest || Date.parse(post.updatedAt) > Date.parse(latest.updatedAt)) latest = post;
  }
  return latest?.updatedAt;
}

/** Tag pages: the tag index, then each tag, changing when their newest post does. */
export function tagEntries(tags: readonly Pick<Tag, 'slug'>[], posts: readonly PostSummary[], baseUrl: string): MetadataRoute.Sitemap {
  const entry = (path: string, tagged: readonly PostSummary[]): SitemapEntry => {
    const lastModified = latestUpdate(tagged);
    return { url: escapeXml(absoluteUrl(path, baseUrl)), ...(lastModified ? { lastModified } : {}), changeFrequency: 'weekly', priority: 0.4 };
  };
  return [entry(TAGS_PATH, posts), ...tags.map((tag) => entry(tagPath(tag.slug), postsWithTag(posts, tag.slug)))];
}

/** /archive/: it changes when any post is added or edited, so its lastmod is the newest edit. */
export function archiveEntry(posts: readonly PostSummary[], baseUrl: string): SitemapEntry {
  const lastModified = latestUpdate(posts);
  return { url: escapeXml(absoluteUrl(ARCHIVE_PATH, baseUrl)), ...(lastModified ? { lastModified } : {}), changeFrequency: 'weekly', priority: 0.3 };
}

function postEntry(post: PostSummary, baseUrl: string): SitemapEntry {
  return {
    url: escapeXml(absoluteUrl(post.url, baseUrl)),
    // ISO with its offset is a valid W3C datetime; kept as written.
    lastModified: post.updatedAt,
    changeFrequency: 'monthly',
    priority: 0.7,
    // Image sitemap entries help the hero show up in image search.
    ...(post.hero ? { images: [escapeXml(absoluteUrl(post.hero.src, baseUrl))] } : {}),
  };
}

/**
 * Every public URL of the blog: the home page and each published post.
 * `extraEntries` is where listing pages (tags, later) plug in without changing
 * this function; they are appended after the posts.
 */
export function buildSitemap(
  posts: readonly PostSummary[],
  baseUrl: string,
  extraEntries: MetadataRoute.Sitemap = [],
): MetadataRoute.Sitemap {
  const newest = latestUpdate(posts);
  const home: SitemapEntry = {
    url: escapeXml(absoluteUrl('/', baseUrl)),
    ...(newest ? { lastModified: newest } : {}),
    // The home page lists the newest posts, so it changes with every post.
    changeFrequency: 'daily',
    priority: 1,
  };
  return [home, ...posts.map((post) => postEntry(post, baseUrl)), ...extraEntries];
}
