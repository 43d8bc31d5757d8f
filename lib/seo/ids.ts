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
