import type { MetadataRoute } from 'next';
import { absoluteUrl } from '../site';

/** Everything on the blog is public; crawlers find the posts through the sitemap. */
export function buildRobots(baseUrl: string): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: absoluteUrl('/sitemap.xml', baseUrl),
    // Yandex reads Host as the preferred mirror; the blog's audience is in Russia.
    host: baseUrl,
  };
}
