/**
 * The production server of a server build: Next's own request handler inside
 * a thin Node server of ours, which `npm start`, e2e, the load test, the
 * bench and Lighthouse all run.
 *
 *   tsx scripts/server.ts [--hostname 127.0.0.1] [--port 3000]   (NEXT_DIST_DIR picks another build)
 *
 * What it adds to `next start`, all decided in lib/security/requests.ts:
 * - Only GET and HEAD reach Next; any other method gets 405 and `Allow`.
 *   (Next rendered a POST afresh, past the post-build pass: no policy <meta>.)
 * - A client router's request for the flight data of a page without React
 *   gets 404 (the page then loads as a document; Next would send the empty
 *   payload file the post-build pass leaves for its own cache).
 * - A path with broken %-encoding gets 400, an unsatisfiable Range on a
 *   static file 416 (Next answered 500 for both).
 * - Every response carries the security headers and a CSP, redirects and
 *   Next's own errors included (Next's headers() skips its 308s and 500s).
 *   HTML, always a post-processed page here, gets the header part of the
 *   page policy; everything else a script-src of our files only. The OAuth
 *   handler's responses (setsOwnHeaders) keep the headers they set.
 * Why a custom server rather than a Next proxy (proxy.ts): a proxy cost
 * 0.4–0.5 ms of CPU on every page request (measured for "CSP without a
 * proxy", +35–65 % for these small static pages); these checks are a string
 * test and a few setHeader calls. Measured against a bare `next start` on the
 * same build, interleaved, 6000 requests each: CPU per request within the
 * noise of a shared machine (medians 1.55 and 1.38 ms, runs 1.25–1.95 ms).
 */
import { existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import http, { type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import next from 'next';
import nextConfig from '../next.config';
import { responseHeaders } from '../lib/security/policy';
import { carriesPolicy, flightRefusal, rangeRefusal, refusal, responseKind, serverError, setsOwnHeaders, type Refusal } from '../lib/security/requests';
import { PAGES_WITHOUT_REACT } from '../build/flight-files';
import { site } from '../lib/site';

const root = path.resolve(__dirname, '..');
const HEADERS = { page: responseHeaders(site.imageOrigins, 'page'), other: responseHeaders(site.imageOrigins, 'other') };
const CSP = 'Content-Security-Policy';
/**
 * What a response under the OAuth handler's paths gets for the headers it
 * lacks (Next's own 308 from /api/auth to /api/auth/, where Decap's popup
 * starts): the site's, but COOP `unsafe-none`. Chromium applies the COOP of
 * every redirect on the way, and `same-origin` on that 308 left the popup
 * without window.opener (e2e/oauth.spec.ts).
 */
const OWN_FALLBACK: Readonly<Record<string, string>> = { ...HEADERS.other, 'Cross-Origin-Opener-Policy': 'unsafe-none' };

/** The file Next's static file server (send) would answer `pathname` with, if it is one: public/ or the build's static/. */
function staticFileOf(pathname: string): string | undefined {
  const distStatic = path.join(root, nextConfig.distDir ?? '.next', 'static');
  const decoded = decodeURIComponent(pathname);
  const [base, rest] = decoded.startsWith('/_next/static/')
    ? [distStatic, decoded.slice('/_next/static/'.length)]
    : [path.join(root, 'public'), decoded];
  const file = path.join(base, rest);
  return file.startsWith(base + path.sep) ? file : undefined;
}

/** A Range request Next's send would fail on with a 500 instead of 416. */
async function rangeRefused(request: IncomingMessage, range: string): Promise<Refusal | undefined> {
  const file = staticFileOf(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (file === undefined) return undefined;
  const stats = await stat(file).catch(() => undefined);
  return stats?.isFile() ? rangeRefusal(range, stats.size) : undefined;
}

/** The routes whose pages have no React, and so no flight data (written by the post-build pass). */
function pagesWithoutReact(): ReadonlySet<string> {
  const file = path.join(root, nextConfig.distDir ?? '.next', PAGES_WITHOUT_REACT);
  return new Set(existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : []);
}

function send(response: ServerResponse, { status, headers, body }: Refusal, method: string | undefined): void {
  response.writeHead(status, { ...HEADERS.other, ...headers });
  response.end(method === 'HEAD' ? undefined : body);
}

function contentTypeIn(headers: unknown): string | undefined {
  if (headers === null || typeof headers !== 'object' || Array.isArray(headers)) return undefined;
  const entry = Object.entries(headers as OutgoingHttpHeaders).find(([name]) => name.toLowerCase() === 'content-type');
  return entry === undefined ? undefined : String(entry[1]);
}

/**
 * Sets the security headers now, so even a response Next writes without its
 * header rules (a 308, a 500) has them, and picks the CSP when Next writes
 * the head: Node calls writeHead for every response, implicitly too.
 *
 * A route that sets its own headers (setsOwnHeaders: the OAuth handler's
 * pages, with their script's hash and a COOP that keeps window.opener) gets
 * nothing set beforehand, because Next keeps a header already set over the
 * route's; when its head is written, only the headers it lacks are added,
 * the CSP chosen as for any other response.
 */
function secure(response: ServerResponse, ownHeaders: boolean): void {
  if (!ownHeaders) for (const [name, value] of Object.entries(HEADERS.other)) response.setHeader(name, value);
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const status = typeof args[0] === 'number' ? args[0] : this.statusCode;
    const type = contentTypeIn(args[2] ?? args[1]) ?? this.getHeader('content-type');
    const ownPolicy = ownHeaders && this.hasHeader(CSP);
    if (ownHeaders) for (const [name, value] of Object.entries(OWN_FALLBACK)) if (!this.hasHeader(name)) this.setHeader(name, value);
    if (!carriesPolicy(status)) this.removeHeader(CSP);
    else if (!ownPolicy) this.setHeader(CSP, HEADERS[responseKind(type === undefined ? undefined : String(type))][CSP]!);
    return Reflect.apply(writeHead, this, args) as ServerResponse;
  } as ServerResponse['writeHead'];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { hostname: { type: 'string' }, port: { type: 'string', default: process.env.PORT ?? '3000' } },
  });
  const hostname = values.hostname;
  const port = Number(values.port);
  // Next reads this, as `next start` sets it; the site's config depends on it (next.config.ts).
  Object.assign(process.env, { NODE_ENV: 'production' });
  const app = next({ dev: false, dir: root, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const withoutReact = pagesWithoutReact();

  const serve = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const refused = refusal(request.method, request.url);
    if (refused) return send(response, refused, request.method);
    const noFlight = flightRefusal(request.headers.rsc, request.url, withoutReact);
    if (noFlight) return send(response, noFlight, request.method);
    const range = request.headers.range;
    const unsatisfiable = range === undefined ? undefined : await rangeRefused(request, range);
    if (unsatisfiable) return send(response, unsatisfiable, request.method);
    secure(response, setsOwnHeaders(request.url));
    await handle(request, response);
  };
  const server = http.createServer((request, response) => {
    serve(request, response).catch((error: unknown) => {
      console.error(error);
      if (response.headersSent) response.destroy();
      else send(response, serverError(), request.method);
    });
  });
  server.listen(port, hostname, () => {
    console.log(`ready: http://${hostname ?? 'localhost'}:${port} (${nextConfig.distDir})`);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    });
  }
}

main().catch((error: unknown) => {
  console.error(`server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
