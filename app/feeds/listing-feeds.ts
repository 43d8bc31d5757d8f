import { feedPosts, publishedPosts, publishedTags, tagWithPosts } from '@/lib/content/posts';
import { feedResponse, siteFeedChannel, tagFeedChannel, type FeedFormat } from '@/lib/seo/feed';
import { site } from '@/lib/site';

/**
 * What the feed route handlers answer (one route file per feed and format,
 * each a few lines over these). Every feed is rendered once at build time
 * (`dynamic = 'force-static'` in the route), so the static export writes it
 * as a file. An author's feed is the same: authorFeedChannel(author) with
 * the author's published posts, params from the published authors.
 */
export async function siteFeed(format: FeedFormat): Promise<Response> {
  return feedResponse(format, await feedPosts(publishedPosts()), { baseUrl: site.url, channel: siteFeedChannel() });
}

export function tagFeedParams(): { tag: string }[] {
  return publishedTags().map((tag) => ({ tag: tag.slug }));
}

export async function tagFeed(format: FeedFormat, slug: string): Promise<Response> {
  const found = tagWithPosts(slug);
  // Unreachable in a build (dynamicParams = false); a clear answer all the same.
  if (!found) return new Response('Нет такой темы', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return feedResponse(format, await feedPosts(found.posts), { baseUrl: site.url, channel: tagFeedChannel(found.tag) });
}
