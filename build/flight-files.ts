/**
 * React's flight data beside each prerendered page: what Next's client router
 * fetches to render a page without loading it as a document (a navigation, a
 * <Link> prefetch). A page without React's runtime (static-html/) is never
 * rendered that way on its own, so its flight data goes, in both outputs; a
 * page that keeps React keeps all of its own. Those pages (search, 404) link
 * with plain <a>, so their router never asks for the others' flight data;
 * if something does, it gets a 404 and loads the page as a document, under
 * its own policy (Next's own fallback; scripts/server.ts answers those
 * requests itself, see lib/security/requests.ts). The chunks only the
 * removed flight data named go too (./unused-assets.ts).
 *
 * - Static export: `<page dir>/index.txt` (the whole payload, for a
 *   navigation) and `<page dir>/__next.<segment>.txt` (per segment and the
 *   route tree, for a prefetch; `__next._full.txt` repeats index.txt).
 * - Server build: `<route>.segments/` (the same, per segment) and
 *   `<route>.rsc`. Next's server reads `<route>.rsc` with the page's HTML as
 *   one cache entry, for every request: without it, `next start` renders the
 *   page afresh, past the post-build pass (no policy meta, runtime back), and
 *   serves and caches that. So the file stays, empty.
 * - Next's error pages in a server build (_not-found, _global-error) keep
 *   theirs: its server answers every unknown path from them.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuiltSite } from './built-site';

/** In a server build's dist folder: the routes without React, which scripts/server.ts answers flight requests for itself. */
export const PAGES_WITHOUT_REACT = 'pages-without-react.json';

const EXPORT_FLIGHT = /^(?:index\.txt|__next\..+\.txt)$/;
const SERVER_ERROR_PAGES = new Set(['_not-found.html', '_global-error.html']);

/** What to do with a page's flight data: files and folders to remove, payloads to empty. */
export interface FlightFiles {
  readonly remove: readonly string[];
  readonly empty: readonly string[];
}

/** Whether a page without React has flight data to lose (Next's error pages keep theirs in a server build). */
export function losesFlightData(site: Pick<BuiltSite, 'kind'>, page: string): boolean {
  return site.kind === 'export' ? path.basename(page) === 'index.html' : !SERVER_ERROR_PAGES.has(page);
}

/** The flight data of one page of a built site (`page` relative to its HTML root), as absolute paths. */
export function flightFilesOf(site: Pick<BuiltSite, 'kind' | 'htmlRoot'>, page: string): FlightFiles {
  if (!losesFlightData(site, page)) return { remove: [], empty: [] };
  const file = path.join(site.htmlRoot, page);
  if (site.kind === 'export') {
    // Only a folder's index.html has flight data beside it (404.html has none).
    const dir = path.dirname(file);
    const remove = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && EXPORT_FLIGHT.test(entry.name))
      .map((entry) => path.join(dir, entry.name))
      .sort();
    return { remove, empty: [] };
  }
  const base = file.replace(/\.html$/, '');
  const rsc = `${base}.rsc`;
  return {
    remove: existsSync(`${base}.segments`) ? [`${base}.segments`] : [],
    empty: existsSync(rsc) && statSync(rsc).size > 0 ? [rsc] : [],
  };
}

/**
 * Removes a page's flight data; returns the bytes it frees. The files go in
 * the background (`done`): removing 1500 folders cost the pass 2.7 s of
 * waiting on the disk at 1000 posts, which libuv's threads can do while the
 * pass reads the next pages. Await every `done` before the pass ends.
 */
export function removeFlightFiles(files: FlightFiles): { freed: number; done: Promise<void> } {
  let freed = 0;
  const jobs: Promise<void>[] = [];
  for (const target of files.remove) {
    freed += bytesIn(target);
    jobs.push(rm(target, { recursive: true, force: true }));
  }
  for (const target of files.empty) {
    freed += statSync(target).size;
    jobs.push(writeFile(target, ''));
  }
  return { freed, done: Promise.all(jobs).then(() => undefined) };
}

function bytesIn(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(target, { recursive: true, encoding: 'utf8' }).reduce((sum, entry) => {
    const inner = statSync(path.join(target, entry));
    return inner.isFile() ? sum + inner.size : sum;
  }, 0);
}
