import type { Metadata } from 'next';
import type { Graph } from 'schema-dts';
import { ARCHIVE_PATH } from '../content/archive';
import { pagePath, paginate, type Page } from '../content/pagination';
import { formatPostCount } from '../content/plurals';
import type { PostSummary } from '../content/reshape';
import { tagPath, TAGS_PATH, type Tag } from '../content/tags';
import { site, type SiteConfig } from '../site';
import { listingCrumbs, type Crumb } from './breadcrumbs';
import { siteFeedChannel, tagFeedChannel, type FeedChannel } from './feed';
import { listingMetadata } from './metadata';
import { buildListingGraph } from './post-graph';

/** What a paginated listing lists: every post (the home page and /page/N/), or one tag's posts. */
export type ListingSubject = { readonly kind: 'home' } | { readonly kind: 'tag'; readonly tag: Tag };

export const HOME: ListingSubject = { kind: 'home' };

export function tagSubject(tag: Tag): ListingSubject {
  return { kind: 'tag', tag };
}

/** What a listing page shows above its posts and declares in JSON-LD; its metadata is built apart. */
export interface ListingHead {
  /** This page's site path. */
  readonly path: string;
  /** The h1, also the CollectionPage's name. */
  readonly heading: string;
  readonly intro?: string;
  /** The visible trail; none on the home page (its JSON-LD trail is Главная → Блог). */
  readonly crumbs?: readonly Crumb[];
  readonly graph: Graph;
}

/** One page of a paginated listing: the head, the posts on it and the neighbouring pages' paths. */
export interface Listing extends ListingHead {
  readonly page: Page<PostSummary>;
}

export function tagHeading(tag: Tag): string {
  return `Статьи по теме «${tag.name}»`;
}

/** The feeds a listing's pages offer: the site's, or the tag's own. */
export function listingFeeds(subject: ListingSubject, config: SiteConfig = site): FeedChannel {
  return subject.kind === 'tag' ? tagFeedChannel(subject.tag, config) : siteFeedChannel(config);
}

/** Page 1's path: `/` or `/tags/<slug>/`; later pages add `page/N/`. */
export function listingBasePath(subject: ListingSubject): string {
  return subject.kind === 'home' ? '/' : tagPath(subject.tag.slug);
}

interface Texts {
  readonly heading: string;
  readonly intro?: string;
  readonly trail: readonly { name: string; path: string }[] | null;
  /** Undefined: the site's own title (absolute) and description. */
  readonly title?: string;
  readonly description?: string;
}

function texts(subject: ListingSubject, page: number, path: string, config: SiteConfig): Texts {
  const pageCrumb = { name: `Страница ${page}`, path };
  if (subject.kind === 'home') {
    if (page === 1) return { heading: config.name, intro: config.description, trail: null };
    return {
      heading: `${config.name}: страница ${page}`,
      trail: [pageCrumb],
      title: `Страница ${page}`,
      description: `${config.description} Страница ${page}.`,
    };
  }
  const { tag } = subject;
  const heading = tagHeading(tag);
  const about = `Статьи ${config.nameGenitive} по теме «${tag.name}»`;
  return {
    heading,
    intro: `${formatPostCount(tag.count)} на эту тему.`,
    trail: [{ name: 'Темы', path: TAGS_PATH }, { name: tag.name, path: tagPath(tag.slug) }, ...(page > 1 ? [pageCrumb] : [])],
    title: page > 1 ? `${heading}, страница ${page}` : heading,
    description: page > 1 ? `${about}, страница ${page}.` : `${about}.`,
  };
}

/** Title, description, canonical and social cards of page `page` of a listing. */
export function buildListingMetadata(subject: ListingSubject, page: number, config: SiteConfig = site): Metadata {
  const path = pagePath(listingBasePath(subject), page);
  const { title, description } = texts(subject, page, path, config);
  return listingMetadata(path, { title, description, feeds: listingFeeds(subject, config) }, config);
}

/** A page of a listing: its heading, trail and JSON-LD, from the same texts as its metadata. */
function buildListing(subject: ListingSubject, page: Page<PostSummary>, config: SiteConfig = site): Listing {
  const path = pagePath(listingBasePath(subject), page.page);
  const { heading, intro, trail } = texts(subject, page.page, path, config);
  const crumbs = trail ? listingCrumbs(trail, config) : undefined;
  return { path, heading, intro, crumbs, graph: buildListingGraph(page.items, path, { name: heading, crumbs }, config), page };
}

/** Page `number` of `posts` as a listing of `subject`; null when there is no such page. */
export function listingPage(
  subject: ListingSubject,
  posts: readonly PostSummary[],
  number: number,
  config: SiteConfig = site,
): Listing | null {
  const page = paginate(posts, number, listingBasePath(subject));
  return page ? buildListing(subject, page, config) : null;
}

/**
 * `/page/1/` and `/tags/x/page/1/` only point to page 1: its canonical and
 * title (the site's own description), kept out of the index.
 */
export function movedListingMetadata(subject: ListingSubject, config: SiteConfig = site): Metadata {
  const title = subject.kind === 'tag' ? tagHeading(subject.tag) : undefined;
  return { ...listingMetadata(listingBasePath(subject), { title, feeds: listingFeeds(subject, config) }, config), robots: { index: false } };
}

const TAG_INDEX_TITLE = 'Все темы блога';

export function tagIndexMetadata(config: SiteConfig = site): Metadata {
  return listingMetadata(TAGS_PATH, {
    title: TAG_INDEX_TITLE,
    description: `Темы статей ${config.nameGenitive} и число статей по каждой.`,
  }, config);
}

/** /tags/: every tag; its CollectionPage lists every post. */
export function buildTagIndex(posts: readonly PostSummary[], config: SiteConfig = site): ListingHead {
  const crumbs = listingCrumbs([{ name: 'Темы', path: TAGS_PATH }], config);
  return {
    path: TAGS_PATH,
    heading: TAG_INDEX_TITLE,
    crumbs,
    graph: buildListingGraph(posts, TAGS_PATH, { name: TAG_INDEX_TITLE, crumbs }, config),
  };
}

const ARCHIVE_TITLE = 'Архив статей';

export function archiveMetadata(config: SiteConfig = site): Metadata {
  return listingMetadata(ARCHIVE_PATH, {
    title: ARCHIVE_TITLE,
    description: `Все статьи ${config.nameGenitive} по годам и месяцам.`,
  }, config);
}

/** /archive/: every post by month; its CollectionPage lists every post, as /tags/ does. */
export function buildArchiveHead(posts: readonly PostSummary[], config: SiteConfig = site): ListingHead {
  const crumbs = listingCrumbs([{ name: 'Архив', path: ARCHIVE_PATH }], config);
  return {
    path: ARCHIVE_PATH,
    heading: ARCHIVE_TITLE,
    intro: `${formatPostCount(posts.length)} по месяцам, новые сверху.`,
    crumbs,
    graph: buildListingGraph(posts, ARCHIVE_PATH, { name: ARCHIVE_TITLE, crumbs }, config),
  };
}
