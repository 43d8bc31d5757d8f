/**
 * What the production server (scripts/server.ts) answers itself, before Next
 * sees a request, and which header policy a response of Next's gets. Pure, so
 * the rules are unit-tested; the server only wires them to Node's http.
 *
 * Why the server answers these and not Next 16.4: a POST to a prerendered
 * page made Next render it afresh, without the post-build pass (no policy
 * <meta>, React's runtime and inline scripts back); `/blog/%ff/` threw in the
 * route's param decoding (500); TRACE reached the OG route handler and logged
 * a stack trace; an unsatisfiable Range on a public file became a 500, as did
 * any non-GET on one (Next renders `/405` and `/416`, which an App Router
 * site does not have).
 */
import parseRange from 'range-parser';
import { site } from '../site';
import type { ResponseKind } from './policy';

/** Every route of the site is a static GET: pages, feeds, images, assets. */
export const SERVED_METHODS = ['GET', 'HEAD'] as const;

export interface Refusal {
  readonly status: 400 | 404 | 405 | 416 | 500;
  /** Besides the security headers, which every response gets. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

function plain(status: Refusal['status'], body: string, headers: Record<string, string> = {}): Refusal {
  return { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers }, body: `${body}\n` };
}

/** The path of a request target, without its query. */
function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * A refusal for a request the site cannot serve, judged by its method and
 * target alone; undefined when Next should answer it. A query is Next's and
 * the page's business (search reads `q` in the browser); only the path must
 * decode, because routes decode their parameters from it.
 */
export function refusal(method: string | undefined, url: string | undefined): Refusal | undefined {
  if (method !== 'GET' && method !== 'HEAD') {
    return plain(405, `Метод ${method ?? ''} не поддерживается: страницы сайта отвечают только на GET и HEAD.`, {
      Allow: SERVED_METHODS.join(', '),
    });
  }
  const path = pathOf(url ?? '/');
  if (path.includes('%') && !decodes(path)) return plain(400, 'Неверный адрес: в пути есть испорченная %-последовательность.');
  return undefined;
}

/** A path as the routes of a built site name it: decoded, with its trailing slash (trailingSlash is on). */
function routeOf(path: string): string {
  const decoded = decodes(path) ? decodeURIComponent(path) : path;
  return decoded.endsWith('/') ? decoded : `${decoded}/`;
}

/**
 * 404 for React's flight data (what a client router asks for with the `RSC`
 * header, to navigate or prefetch) of a page that has none: its runtime and
 * flight data were removed after the build (build/flight-files.ts). Next
 * would answer from the empty payload file it needs beside the page; with a
 * 404 the router loads the page as a document, under its own policy.
 */
export function flightRefusal(rsc: string | readonly string[] | undefined, url: string | undefined, pagesWithoutReact: ReadonlySet<string>): Refusal | undefined {
  if (rsc !== '1' && !(Array.isArray(rsc) && rsc.includes('1'))) return undefined;
  if (!pagesWithoutReact.has(routeOf(pathOf(url ?? '/')))) return undefined;
  // No body, as Next answers a segment it does not have: the router never reads one, and a
  // body it leaves unread keeps the request open in the browser.
  return { status: 404, headers: { 'Cache-Control': 'no-store', 'Content-Length': '0' }, body: '' };
}

/**
 * 416 when a Range header asks only for bytes a file of `size` bytes does not
 * have, read as send (Next's static file server) and serve read it, with the
 * same parser; undefined when Next should serve the range, or the whole file
 * for a header that is not a byte range at all.
 */
export function rangeRefusal(range: string, size: number): Refusal | undefined {
  if (parseRange(size, range) !== -1) return undefined;
  return plain(416, 'Запрошенный диапазон байтов лежит за концом файла.', { 'Content-Range': `bytes */${size}` });
}

/** When the server itself fails: plain text, never a stack trace. */
export function serverError(): Refusal {
  return plain(500, 'Ошибка сервера. Попробуйте открыть страницу ещё раз.');
}

/**
 * Which header policy a response of Next's gets, by its type. Next answers
 * only GET and HEAD here (refusal() takes the rest), and every HTML document
 * it serves for them is a prerendered page or error page that went through
 * the post-build pass, so it carries its own script policy in a <meta>;
 * everything else gets a script-src in the header. The OAuth handler's pages
 * are HTML of another kind, with their own header policy (setsOwnHeaders).
 */
export function responseKind(contentType: string | undefined): ResponseKind {
  return contentType !== undefined && /^\s*text\/html\b/i.test(contentType) ? 'page' : 'other';
}

/**
 * Whether a response may carry a CSP at all. A 304 must not: it has no
 * Content-Type to choose by, and the browser copies its headers onto the
 * cached page, so a policy for "other" responses (script-src with no hashes)
 * would block the page's own inline theme script on every revisit.
 */
export function carriesPolicy(status: number): boolean {
  return status !== 304;
}

/**
 * Paths whose responses set every security header themselves: the OAuth
 * handler's (lib/admin/oauth.ts, app/api/auth/), whose pages carry a CSP with
 * their own script's hash and a COOP that keeps `window.opener`. Neither the
 * production server nor next.config.ts's header rules may set theirs there:
 * Next keeps a header already set over the route's own.
 */
export const OWN_HEADER_PATHS: readonly string[] = [`/${site.admin.authEndpoint}`];

/** Whether a request's response sets its own security headers (OWN_HEADER_PATHS, the path itself or below it). */
export function setsOwnHeaders(url: string | undefined, paths: readonly string[] = OWN_HEADER_PATHS): boolean {
  const path = pathOf(url ?? '/');
  return paths.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}
