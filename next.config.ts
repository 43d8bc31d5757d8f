import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';
import { SECURITY_HEADERS } from './lib/security/policy';

/**
 * One configuration for both outputs. `npm run build:static` sets
 * STATIC_EXPORT=1 and writes a static export to out/. In export mode Next 16
 * always keeps its build artefacts in .next (a custom distDir only renames the
 * export folder; see next/dist/export/utils.js), so the server build, served
 * by `next start`, lives in .next-server: otherwise whichever build ran last
 * would own .next and `next start` could serve the export's client bundles.
 */
const staticExport = process.env.STATIC_EXPORT === '1';

const nextConfig: NextConfig = {
  output: staticExport ? 'export' : undefined,
  // NEXT_DIST_DIR is for the e2e fixture site (scripts/build-fixture-site.ts):
  // its server build and its export go to folders of their own.
  distDir: process.env.NEXT_DIST_DIR ?? (staticExport ? '.next' : '.next-server'),
  // The old site's URLs end in a slash; keep them so links and rankings carry over.
  trailingSlash: true,
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // Static generation renders every page in worker processes while the main
    // build process waits. Next's default is one worker fewer than the cores:
    // on a 2-core machine, one worker and an idle core. Use them all.
    cpus: availableParallelism(),
  },
  // Security headers on every response of `next start`, assets included; the
  // per-page CSP is added by proxy.ts. A static host gets the same headers
  // from out/_headers (scripts/write-security-headers.ts).
  ...(staticExport
    ? {}
    : {
        headers: async () => [
          { source: '/:path*', headers: Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })) },
        ],
      }),
  images: {
    // See lib/images/loader.ts: no image server, so the export works on any host.
    loader: 'custom',
    loaderFile: './lib/images/loader.ts',
  },
};

export default nextConfig;
