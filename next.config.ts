import type { NextConfig } from 'next';

/**
 * One configuration for both outputs. `npm run build` makes the server build
 * (.next, served by `next start`); `npm run build:static` sets STATIC_EXPORT=1
 * and writes a static export to out/ (Next 16 writes an export into distDir),
 * so the two builds sit side by side.
 */
const staticExport = process.env.STATIC_EXPORT === '1';

const nextConfig: NextConfig = {
  output: staticExport ? 'export' : undefined,
  distDir: staticExport ? 'out' : '.next',
  // The old site's URLs end in a slash; keep them so links and rankings carry over.
  trailingSlash: true,
  poweredByHeader: false,
  reactStrictMode: true,
  images: {
    // See lib/images/loader.ts: no image server, so the export works on any host.
    loader: 'custom',
    loaderFile: './lib/images/loader.ts',
  },
};

export default nextConfig;
