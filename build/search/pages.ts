/**
 * Which built pages go into the search index, and at what URL. Next writes a
 * prerendered route as `blog/x.html` in a server build and `blog/x/index.html`
 * in an export; both are served at `/blog/x/` (trailingSlash is on).
 */
import { scanPage, type PageScan } from '../page-scan';

/** The site path of a prerendered HTML file, given its path relative to the HTML root. */
export function routeForHtmlFile(relativePath: string): string {
  const route = relativePath
    .split(/[\\/]/)
    .join('/')
    .replace(/\.html$/, '')
    .replace(/(^|\/)index$/, '');
  return route ? `/${route}/` : '/';
}

/**
 * Only pages that mark their searchable part (a post's <article>) are indexed.
 * Checked here as well as by Pagefind, because Pagefind falls back to
 * indexing every page whole when no page has the attribute. An element's
 * attribute, as the tokenizer reads it: not the name in a script or in text.
 */
export function hasSearchBody(page: string | PageScan): boolean {
  return (typeof page === 'string' ? scanPage(page) : page).searchBody;
}
