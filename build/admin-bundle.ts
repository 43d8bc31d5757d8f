/** How the admin's own code (admin/, lib/admin/) is bundled for the browser: scripts/build-admin.ts, and the tests that bundle it. */
import path from 'node:path';
import type { BuildOptions } from 'esbuild';

const root = path.resolve(__dirname, '..');

/** The environment variables the admin's bundle may see: public by nature. */
export const PUBLIC_ENV = ['SITE_URL', 'DECAP_OAUTH_BASE_URL'] as const;

function publicEnvironment(): Record<string, string> {
  const values: Record<string, string> = { NODE_ENV: 'production' };
  for (const name of PUBLIC_ENV) {
    const value = process.env[name];
    if (value !== undefined) values[name] = value;
  }
  return values;
}

/**
 * How our code is bundled for the browser (tests bundle with the same). The
 * browser platform makes a Node-only import anywhere in the chain (the
 * preview runs the site's markdown pipeline) a build error, not a broken admin.
 * `process` is an object of the public variables only: the site's
 * configuration reads them at build time as the pages do, and any other
 * process.env read is undefined in the bundle, so no secret (the OAuth
 * client secret) can reach the browser through it.
 */
export function adminBundleOptions(): BuildOptions {
  return {
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    define: { process: JSON.stringify({ env: publicEnvironment() }) },
    // The preview renders the site's own components (admin/preview.tsx).
    jsx: 'automatic',
    alias: {
      '@': root,
      // Only the admin's copy: see admin/shims/next-link.tsx for why a plain <a> is the page's own output.
      'next/link': path.join(root, 'admin', 'shims', 'next-link.tsx'),
    },
  };
}
