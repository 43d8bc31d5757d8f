/** About ten posts a page: a screenful or two on a phone, one scroll on desktop. */
export const POSTS_PER_PAGE = 10;

export interface Page<T> {
  readonly items: readonly T[];
  /** 1-based. */
  readonly page: number;
  readonly totalPages: number;
  /** Site paths of the neighbouring pages, or null at either end. */
  readonly prevPath: string | null;
  readonly nextPath: string | null;
}

/** `/` → `/`, `/page/2/`, …; `/tags/x/` → `/tags/x/`, `/tags/x/page/2/`, … Page 1 has no /page/1/. */
export function pagePath(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}page/${page}/`;
}

export function pageCount(total: number, perPage: number = POSTS_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/**
 * The `/page/N/` routes to prerender: every page number, 1 included. Page 1
 * lives at the base path and /page/1/ only redirects there; it is listed so
 * the route is never empty, which a static export refuses.
 */
export function pageNumbers(total: number, perPage: number = POSTS_PER_PAGE): number[] {
  return Array.from({ length: pageCount(total, perPage) }, (_, i) => i + 1);
}

/** Reads a `[page]` route param; null for anything but a whole number from 1 up, written plainly. */
export function parsePageParam(value: string): number | null {
  return /^[1-9]\d*$/.test(value) ? Number(value) : null;
}

/** One page of `items`, or null when the page does not exist. */
export function paginate<T>(
  items: readonly T[],
  page: number,
  basePath: string,
  perPage: number = POSTS_PER_PAGE,
): Page<T> | null {
  const totalPages = pageCount(items.length, perPage);
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null;
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    page,
    totalPages,
    prevPath: page > 1 ? pagePath(basePath, page - 1) : null,
    nextPath: page < totalPages ? pagePath(basePath, page + 1) : null,
  };
}
