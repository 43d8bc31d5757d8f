import type { BlogPosting, CollectionPage, Graph, ImageObject, WebPage } from 'schema-dts';
import { toMoscowIso } from '../content/dates';
import type { PostDetail, PostSummary } from '../content/reshape';
import { absoluteUrl, site, type SiteConfig } from '../site';
import { buildAuthor } from './author';
import { blogCrumbs, buildBreadcrumbList, postCrumbs, type Crumb } from './breadcrumbs';
import { buildHowTo } from './howto';
import { articleId, breadcrumbId, organizationId, primaryImageId, webPageId, websiteId } from './ids';
import { buildOrganization, buildWebSite } from './site-nodes';
import { postSocialImages, type SocialImage } from './social-image';

function imageNode(image: SocialImage, pageUrl: string): ImageObject {
  return {
    '@type': 'ImageObject',
    '@id': primaryImageId(pageUrl),
    url: image.url,
    contentUrl: image.url,
    width: { '@type': 'QuantitativeValue', value: image.width, unitCode: 'E37' },
    height: { '@type': 'QuantitativeValue', value: image.height, unitCode: 'E37' },
    caption: image.alt,
  };
}

export function buildBlogPosting(post: PostDetail, pageUrl: string, config: SiteConfig = site): BlogPosting {
  return {
    '@type': 'BlogPosting',
    '@id': articleId(pageUrl),
    headline: post.title,
    alternativeHeadline: post.headline !== post.title ? post.headline : undefined,
    description: post.description,
    image: { '@id': primaryImageId(pageUrl) },
    datePublished: toMoscowIso(post.publishedAt),
    dateModified: toMoscowIso(post.updatedAt),
    author: buildAuthor(post, config),
    publisher: { '@id': organizationId(config.url) },
    mainEntityOfPage: { '@id': webPageId(pageUrl) },
    isPartOf: { '@id': websiteId(config.url) },
    inLanguage: config.locale,
    keywords: post.keywords.length ? post.keywords.join(', ') : undefined,
    wordCount: post.wordCount,
    url: pageUrl,
  };
}

/**
 * The whole structured data of a post page: one @graph whose nodes refer to
 * each other by @id (Organization ← WebSite ← WebPage ← BlogPosting, HowTo,
 * BreadcrumbList, and the primary image).
 */
export function buildPostGraph(post: PostDetail, config: SiteConfig = site): Graph {
  const pageUrl = absoluteUrl(post.url, config.url);
  // The same image as og:image, so previews and structured data agree.
  const image = imageNode(postSocialImages(post, { base: config.url }).openGraph, pageUrl);
  const webPage: WebPage = {
    '@type': 'WebPage',
    '@id': webPageId(pageUrl),
    url: pageUrl,
    name: post.title,
    description: post.description,
    inLanguage: config.locale,
    isPartOf: { '@id': websiteId(config.url) },
    primaryImageOfPage: { '@id': image['@id'] as string },
    breadcrumb: { '@id': breadcrumbId(pageUrl) },
    datePublished: toMoscowIso(post.publishedAt),
    dateModified: toMoscowIso(post.updatedAt),
  };
  return {
    '@context': 'https://schema.org',
    '@graph': [
      buildOrganization(config),
      buildWebSite(config),
      webPage,
      image,
      buildBreadcrumbList(postCrumbs(post, config), pageUrl),
      buildBlogPosting(post, pageUrl, config),
      buildHowTo(post, pageUrl, { '@id': image['@id'] as string }, config),
    ],
  };
}

export interface ListingOptions {
  /** The page's name; the site's name by default. */
  readonly name?: string;
  readonly description?: string;
  /** The visible trail; Главная → Блог by default. */
  readonly crumbs?: readonly Crumb[];
}

/** A listing (the home page, its later pages, a tag): a CollectionPage of the posts it shows. */
export function buildListingGraph(
  posts: readonly PostSummary[],
  path: string,
  options: ListingOptions = {},
  config: SiteConfig = site,
): Graph {
  const pageUrl = absoluteUrl(path, config.url);
  const page: CollectionPage = {
    '@type': 'CollectionPage',
    '@id': webPageId(pageUrl),
    url: pageUrl,
    name: options.name ?? config.name,
    description: options.description ?? config.description,
    inLanguage: config.locale,
    isPartOf: { '@id': websiteId(config.url) },
    breadcrumb: { '@id': breadcrumbId(pageUrl) },
    // Inline summaries, not bare @id references: the posts' own nodes live on their pages.
    hasPart: posts.map((post) => ({
      '@type': 'BlogPosting',
      '@id': articleId(absoluteUrl(post.url, config.url)),
      headline: post.title,
      url: absoluteUrl(post.url, config.url),
      datePublished: toMoscowIso(post.publishedAt),
    })),
  };
  return {
    '@context': 'https://schema.org',
    '@graph': [
      buildOrganization(config),
      buildWebSite(config),
      page,
      buildBreadcrumbList(options.crumbs ?? blogCrumbs(config), pageUrl),
    ],
  };
}
