import { postBySlug, publishedPosts } from '@/lib/content/posts';
import { buildRssFeed, newestForFeed, type FeedPost } from '@/lib/seo/feed';
import { site } from '@/lib/site';

// Rendered once at build time, so the static export writes out/rss.xml too.
export const dynamic = 'force-static';

export function GET(): Response {
  // Full bodies only for the posts the feed shows, never for the whole blog.
  const posts: FeedPost[] = newestForFeed(publishedPosts()).flatMap((summary) => {
    const detail = postBySlug(summary.slug);
    return detail ? [{ summary, html: detail.html }] : [];
  });
  return new Response(buildRssFeed(posts, { baseUrl: site.url }), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
