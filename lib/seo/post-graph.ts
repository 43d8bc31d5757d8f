import type { BlogPosting, CollectionPage, Graph, ImageObject, WebPage } from 'schema-dts';
import { toMoscowIso } from '../content/dates';
import type { PostDetail, PostSummary } from '../content/reshape';
import { absoluteUrl, site, type SiteConfig } from '../site';
import { buildAuthor } from './author';
import { blogCrumbs, buildBreadcrumbList, postCrumbs } from './breadcrumbs';
import { buildHowTo } from './howto';
import { articleId, breadcrumbId, organizationId, primaryImageId, webPageId, websiteId } from './ids';
import { buildOrganization, buildWebSite } from './site-nodes';
import { socialImage, type SocialImage } from './social-image';

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
  const image = imageNode(socialImage(post.hero, { base: config.url }), pageUrl);
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

/** The listing: the blog's home as a CollectionPage of its posts. */
export function buildListingGraph(
  posts: readonly PostSummary[],
  path: string,
  config: SiteConfig = site,
): Graph {
  const pageUrl = absoluteUrl(path, config.url);
  const page: CollectionPage = {
    '@type': 'CollectionPage',
    '@id': webPageId(pageUrl),
    url: pageUrl,
    name: config.name,
    description: config.description,
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
      buildBreadcrumbList(blogCrumbs(config), pageUrl),
    ],
  };
}
