import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { SEED } from './posts';

export interface PageType {
  readonly name: string;
  readonly path: string;
  /** Waits until the page shows what a visitor came for (e.g. search results). */
  readonly ready?: (page: Page) => Promise<void>;
}

const searchResults = async (page: Page) => {
  const results = page.getByRole('region', { name: 'Результаты поиска' });
  await expect(results.getByRole('link', { name: SEED.documentTitle, exact: true })).toBeVisible();
};

/** Every page type of the real site. Page 2 of a listing exists only on the fixture site. */
export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', path: '/' },
  { name: 'post', path: SEED.path },
  { name: 'tags', path: '/tags/' },
  { name: 'tag', path: '/tags/doverie-klientov/' },
  { name: 'archive', path: '/archive/' },
  { name: 'search', path: '/search/?q=доверие', ready: searchResults },
  { name: 'not-found', path: '/blog/takoy-stati-net/' },
];

/** Page types only the fixture site has (30 posts: listings span pages). */
export const FIXTURE_PAGE_TYPES: readonly PageType[] = [
  { name: 'page 2', path: '/page/2/' },
  { name: 'tag page 2', path: '/tags/obshchiy-teg/page/2/' },
];
