/**
 * Writes the admin (/admin/) into public/admin/, a generated folder git
 * ignores: Decap CMS's standalone bundle copied from node_modules (5 MB, so
 * not committed), our own script bundled by esbuild (admin/main.ts: the
 * configuration from the content model, our file format, widgets and
 * preview), and the page that loads them. Both outputs then carry it: the
 * export copies public/, the server build serves it (next.config.ts rewrites
 * /admin/ to its index.html). Run before every site build (build-site.ts) and
 * by `npm run admin`.
 *
 *   tsx scripts/build-admin.ts [--out public/admin]
 */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build, type BuildOptions } from 'esbuild';
import { adminPage } from '../lib/admin/page';
import { site } from '../lib/site';

const root = path.resolve(__dirname, '..');
const DECAP_DIST = path.join(root, 'node_modules', 'decap-cms', 'dist');

/** Decap's bundle and the chunks and WebAssembly it loads at run time; not its source maps, nor the second (`cms.js`) build. */
export function decapFiles(names: readonly string[]): string[] {
  return names.filter((name) => /^(?:\d+\.)?decap-cms\.js$|\.wasm$|^decap-cms\.js\.LICENSE\.txt$/.test(name)).sort();
}

/**
 * esbuild's options for admin.js. The browser platform makes a Node-only
 * import anywhere in the chain (the preview runs the site's markdown pipeline)
 * a build error, not a broken admin.
 */
export function adminBundleOptions(outfile: string): BuildOptions {
  return {
    entryPoints: [path.join(root, 'admin', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    // The site's configuration reads SITE_URL at build time, as the pages do.
    define: { 'process.env.SITE_URL': JSON.stringify(site.url), 'process.env.NODE_ENV': '"production"' },
    // The preview renders the site's own components (admin/preview.tsx).
    jsx: 'automatic',
    alias: {
      '@': root,
      // Only the admin's copy: see admin/shims/next-link.tsx for why a plain <a> is the page's own output.
      'next/link': path.join(root, 'admin', 'shims', 'next-link.tsx'),
    },
    logLevel: 'warning',
  };
}

export async function buildAdmin(out: string): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(path.join(out, 'decap'), { recursive: true });
  for (const name of decapFiles(readdirSync(DECAP_DIST))) cpSync(path.join(DECAP_DIST, name), path.join(out, 'decap', name));
  await build(adminBundleOptions(path.join(out, 'admin.js')));
  writeFileSync(path.join(out, 'index.html'), adminPage());
}

if (require.main === module) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: path.join(root, 'public', 'admin') } } });
  buildAdmin(path.resolve(values.out)).catch((error: unknown) => {
    console.error(`build-admin: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
