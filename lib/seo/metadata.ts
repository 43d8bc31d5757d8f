import type { Metadata } from 'next';
import { toMoscowIso } from '../content/dates';
import type { PostSummary } from '../content/reshape';
import { site, type SiteConfig } from '../site';
import { feedAlternates, siteFeedChannel, type FeedChannel } from './feed';
import { postSocialImages } from './social-image';

/**
 * Page-level `alternates` replaces the layout's (Next merges metadata one key
 * deep), so every page gets its canonical URL and the feed links from here:
 * the site's feeds in each format, or on a tag's (an author's) pages that
 * listing's own.
 */
export function alternatesFor(
  path: string,
  config: SiteConfig = site,
  feeds: FeedChannel = siteFeedChannel(config),
): NonNullable<Metadata['alternates']> {
  return { canonical: path, types: feedAlternates(feeds) };
}

/** Metadata of a post page: title, canonical, Open Graph article and Twitter card. */
export function postMetadata(post: PostSummary, config: SiteConfig = site): Metadata {
  const { openGraph: image, twitter } = postSocialImages(post, { base: config.url });
  return {
    title: post.title,
    description: post.description,
    keywords: [...post.keywords],
    authors: [{ name: post.author }],
    alternates: alternatesFor(post.url, config),
    openGraph: {
      type: 'article',
      locale: config.ogLocale,
      siteName: config.name,
      url: post.url,
      title: post.title,
      description: post.description,
      publishedTime: toMoscowIso(post.publishedAt),
      modifiedTime: toMoscowIso(post.updatedAt),
      authors: [post.author],
      tags: [...post.keywords],
      images: [{ url: image.url, width: image.width, height: image.height, alt: image.alt }],
    },
    twitter: {
      card: 'summary_large_image',
      title: post.title,
      description: post.description,
      images: [{ url: twitter.url, alt: twitter.alt }],
    },
  };
}

/**
 * The static export's page at a renamed post's old address: canonical to the
 * post, never indexed itself (a 0-second meta refresh, components/MovedTo).
 */
export function movedPostMetadata(post: PostSummary, config: SiteConfig = site): Metadata {
  return { title: post.title, alternates: alternatesFor(post.url, config), robots: { index: false } };
}

/** Metadata of a listing page; lib/seo/listing.ts gives each listing its title and description. */
export function listingMetadata(
  path: string,
  options: { title?: string; description?: string; feeds?: FeedChannel } = {},
  config: SiteConfig = site,
): Metadata {
  const image = config.defaultOgImage;
  return {
    title: options.title ?? { absolute: config.name },
    description: options.description ?? config.description,
    alternates: alternatesFor(path, config, options.feeds),
    openGraph: {
      type: 'website',
      locale: config.ogLocale,
      siteName: config.name,
      url: path,
      title: options.title ?? config.name,
      description: options.description ?? config.description,
      images: [{ url: image.url, width: image.width, height: image.height, alt: image.alt }],
    },
    twitter: { card: 'summary_large_image' },
  };
}
