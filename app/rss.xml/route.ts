import { postBySlug, publishedPosts } from '@/lib/content/posts';
import { buildRssFeed, newestForFeed, type FeedPost } from '@/lib/seo/feed';
import { site } from '@/lib/site';

// Rendered once at build time, so the static export writes out/rss.xml too.
export const dynamic = 'force-static';

export async function GET(): Promise<Response> {
  // Full bodies only for the posts the feed shows, never for the whole blog.
  const details = await Promise.all(newestForFeed(publishedPosts()).map((summary) => postBySlug(summary.slug)));
  const posts: FeedPost[] = details.flatMap((detail) => (detail ? [{ summary: detail, html: detail.html }] : []));
  return new Response(buildRssFeed(posts, { baseUrl: site.url }), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
