import { processors } from 'next-seo';
import type { BreadcrumbList, ListItem } from 'schema-dts';
import type { PostSummary } from '../content/reshape';
import { absoluteUrl, site, type SiteConfig } from '../site';
import { breadcrumbId } from './ids';

export interface Crumb {
  readonly name: string;
  /** Absolute URL, for structured data. */
  readonly url: string;
  /** What a visible link points to: a path on this site, or the absolute URL elsewhere. */
  readonly href: string;
}

/**
 * Главная (the company site) → Блог (this site's home) → the page. The same
 * list feeds the visible breadcrumbs and the BreadcrumbList node.
 */
export function blogCrumbs(config: SiteConfig = site): Crumb[] {
  return [
    { name: 'Главная', url: absoluteUrl('/', config.organization.url), href: absoluteUrl('/', config.organization.url) },
    { name: 'Блог', url: absoluteUrl('/', config.url), href: '/' },
  ];
}

/** A listing page under the blog: Главная → Блог → …trail, the last being the page itself. */
export function listingCrumbs(trail: readonly { name: string; path: string }[], config: SiteConfig = site): Crumb[] {
  return [...blogCrumbs(config), ...trail.map(({ name, path }) => ({ name, url: absoluteUrl(path, config.url), href: path }))];
}

export function postCrumbs(post: Pick<PostSummary, 'title' | 'url'>, config: SiteConfig = site): Crumb[] {
  return [...blogCrumbs(config), { name: post.title, url: absoluteUrl(post.url, config.url), href: post.url }];
}

export function buildBreadcrumbList(crumbs: readonly Crumb[], pageUrl: string): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    '@id': breadcrumbId(pageUrl),
    itemListElement: crumbs.map(
      (crumb, index) => processors.processBreadcrumbItem({ name: crumb.name, item: crumb.url }, index + 1) as ListItem,
    ),
  };
}
