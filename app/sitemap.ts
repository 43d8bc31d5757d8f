import type { MetadataRoute } from 'next';
import { publishedPosts, publishedTags } from '@/lib/content/posts';
import { archiveEntry, buildSitemap, tagEntries } from '@/lib/seo/sitemap';
import { site } from '@/lib/site';

// Built once with the site: the static export has no server to render it later.
export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const posts = publishedPosts();
  return buildSitemap(posts, site.url, [...tagEntries(publishedTags(), posts, site.url), archiveEntry(posts, site.url)]);
}
