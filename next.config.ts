import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';
import { nextRedirects } from './lib/content/redirects';
import { readPublishedRedirects } from './lib/content/summary-index';
import { headerList, headerSets, SECURITY_HEADERS } from './lib/security/policy';
import { OWN_HEADER_PATHS } from './lib/security/requests';
import { site } from './lib/site';
import { DEVICE_SIZES, IMAGE_SIZES } from './lib/images/widths';

/**
 * One configuration for both outputs. `npm run build:static` sets
 * STATIC_EXPORT=1 and writes a static export to out/. In export mode Next 16
 * always keeps its build artefacts in .next (a custom distDir only renames the
 * export folder; see next/dist/export/utils.js), so the server build, served
 * by `next start`, lives in .next-server: otherwise whichever build ran last
 * would own .next and `next start` could serve the export's client bundles.
 */
const staticExport = process.env.STATIC_EXPORT === '1';

/** Every path but those whose responses set their own headers (the OAuth handler's, lib/security/requests.ts). */
const pathsWithSiteHeaders = `/:path((?!(?:${OWN_HEADER_PATHS.map((prefix) => prefix.slice(1)).join('|')})(?:/|$)).*)`;

/**
 * Renamed posts' old addresses (redirectFrom), read from Contentlayer's
 * summary index, which the content stage writes before `next build`: Next
 * calls this at build time and keeps the rules in the build's
 * routes-manifest, so `next start` redirects what that build was made from.
 * No index (a bare `next dev` before Contentlayer's first run): no redirects;
 * a build without one fails at its first page anyway.
 */
function renamedPostRedirects() {
  return nextRedirects(readPublishedRedirects());
}

const nextConfig: NextConfig = {
  output: staticExport ? 'export' : undefined,
  // Route handlers that need a server (the OAuth handler, app/api/auth/) are
  // named `route.server.ts`: a page extension only in the server build, so
  // the static export never sees them (a dynamic route handler fails an
  // export). A static host runs the same handler as a function instead
  // (netlify/functions/decap-oauth.ts).
  pageExtensions: staticExport ? ['tsx', 'ts'] : ['tsx', 'ts', 'server.ts'],
  // NEXT_DIST_DIR is for the e2e fixture site (scripts/build-fixture-site.ts):
  // its server build and its export go to folders of their own.
  distDir: process.env.NEXT_DIST_DIR ?? (staticExport ? '.next' : '.next-server'),
  // The old site's URLs end in a slash; keep them so links and rankings carry over.
  trailingSlash: true,
  poweredByHeader: false,
  // `next start` keeps prerendered pages in an in-memory LRU, 50 MB by default.
  // A page's entry (HTML, RSC payload and prefetch segments) is ~230 KB at the
  // seed's size, so the default holds ~200 pages: under load across a
  // 1000-post blog it thrashed, reading files for most requests. 256 MB holds
  // every post page of a 1000-post blog and doubled throughput (docs/benchmarks.md).
  cacheMaxMemorySize: 256 * 1024 * 1024,
  reactStrictMode: true,
  experimental: {
    // Static generation renders every page in worker processes while the main
    // build process waits. Next's default is one worker fewer than the cores:
    // on a 2-core machine, one worker and an idle core. Use them all.
    cpus: availableParallelism(),
    // Render workers as threads of one process rather than processes: they share
    // Node's own footprint and the loaded native code, about 140 MB less at the
    // peak of a 1000-post build (docs/benchmarks.md).
    workerThreads: true,
  },
  // The production server (scripts/server.ts, `npm start`) sets every
  // response's security headers itself, redirects and errors included, and
  // answers only GET and HEAD. These rules are for a bare `next start`, which
  // has neither: Next skips them on its 308s and 500s, and renders a POST
  // afresh without the page's policy <meta>. A static host gets the headers
  // from out/_headers. `next dev` gets no CSP: its overlay and hot reload need
  // inline styles and eval. The OAuth handler's paths are left out: Next keeps
  // a header these rules set over the route's own, and its pages need their
  // own CSP and COOP.
  ...(staticExport
    ? {}
    : {
        // The admin is a folder in public/ (scripts/build-admin.ts); a static
        // host serves its index.html for /admin/ by itself, Next needs telling.
        rewrites: async () => [{ source: '/admin/', destination: '/admin/index.html' }],
        // 308s for renamed posts; the export has meta-refresh pages and _redirects instead.
        redirects: async () => renamedPostRedirects(),
        headers: async () => {
          const sets = headerSets(site);
          const dev = process.env.NODE_ENV === 'development';
          // The admin's own headers (a later rule's value wins in Next); in dev its COOP and noindex, no CSP.
          const admin = dev ? Object.fromEntries(Object.entries(sets.admin).filter(([name]) => name !== 'Content-Security-Policy')) : sets.admin;
          return [
            { source: pathsWithSiteHeaders, headers: headerList(dev ? SECURITY_HEADERS : sets.page) },
            { source: '/admin/:path*', headers: headerList(admin) },
          ];
        },
      }),
  images: {
    // See lib/images/loader.ts: no image server, so the export works on any host.
    loader: 'custom',
    loaderFile: './lib/images/loader.ts',
    // Widths for responsive images. The widest slot is the post hero at 768 CSS px
    // (1536 px on a 2x screen); Next's default list runs to 3840 and wrote eight
    // candidates into both the hero's <img> and its preload, ~1 KB of every post page.
    // One list with the local images' build step (lib/images/widths.ts).
    deviceSizes: [...DEVICE_SIZES],
    imageSizes: [...IMAGE_SIZES],
  },
};

export default nextConfig;
