import type { MetadataRoute } from 'next';
import { publishedPosts } from '@/lib/content/posts';
import { buildSitemap } from '@/lib/seo/sitemap';
import { site } from '@/lib/site';

// Built once with the site: the static export has no server to render it later.
export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return buildSitemap(publishedPosts(), site.url);
}
