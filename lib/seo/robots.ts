import { absoluteUrl } from '../site';

/**
 * Tracking parameters that never change what a page shows. Yandex's own
 * `Clean-param` directive merges the URLs that carry them into the clean one.
 */
export const TRACKING_PARAMETERS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_content', 'utm_term', 'yclid', 'gclid', 'fbclid'] as const;

/**
 * robots.txt as text. Written by hand because Next's MetadataRoute.Robots has no
 * field for `Clean-param`. No `Host:` line: Yandex stopped reading it in 2018
 * (the main mirror is chosen with 301 redirects and in Yandex Webmaster).
 * Everything on the blog is public; crawlers find the posts through the sitemap.
 */
export function robotsTxt(baseUrl: string): string {
  return [
    'User-Agent: *',
    'Allow: /',
    // Other crawlers skip a line they do not know (RFC 9309, section 2.2.4).
    `Clean-param: ${TRACKING_PARAMETERS.join('&')}`,
    '',
    `Sitemap: ${absoluteUrl('/sitemap.xml', baseUrl)}`,
    '',
  ].join('\n');
}
