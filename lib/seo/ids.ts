import { absoluteUrl, site } from '../site';

/**
 * @id values of the graph's nodes. Nodes refer to each other by these, so
 * they are made in one place: the site-wide ones hang off the home URL, the
 * per-page ones off the page URL (which is also the WebPage's own @id).
 */
export const homeUrl = (base: string = site.url) => absoluteUrl('/', base);
export const organizationId = (base: string = site.url) => `${homeUrl(base)}#organization`;
export const websiteId = (base: string = site.url) => `${homeUrl(base)}#website`;
export const webPageId = (pageUrl: string) => pageUrl;
export const breadcrumbId = (pageUrl: string) => `${pageUrl}#breadcrumb`;
export const articleId = (pageUrl: string) => `${pageUrl}#article`;
export const howToId = (pageUrl: string) => `${pageUrl}#howto`;
export const primaryImageId = (pageUrl: string) => `${pageUrl}#primaryimage`;

/** The @type our graph gives each kind of node, by the fragment its @id ends with ('' for a page itself). */
const SITE_NODE_TYPES: Readonly<Record<string, string>> = {
  '': 'WebPage',
  organization: 'Organization',
  website: 'WebSite',
  breadcrumb: 'BreadcrumbList',
  article: 'BlogPosting',
  howto: 'HowTo',
  primaryimage: 'ImageObject',
};

/**
 * Whether an @id is in the site's own namespace (its host), and if so the
 * @type our graph gives that node, or null for an id the site makes no node
 * for. Editors' nodes may point at such ids but not define them.
 */
export function siteNodeOf(id: string, base: string = site.url): { readonly type: string | null } | null {
  let parsed: URL;
  try {
    parsed = new URL(id);
  } catch {
    return null;
  }
  // http: and https: ids name different nodes, but read as the same site to a person: both are ours.
  if (parsed.host.toLowerCase() !== new URL(homeUrl(base)).host.toLowerCase()) return null;
  return { type: SITE_NODE_TYPES[parsed.hash.slice(1)] ?? null };
}
