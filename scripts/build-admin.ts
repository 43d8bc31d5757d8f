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
import { build } from 'esbuild';
import { adminBundleOptions } from '../build/admin-bundle';
import { adminPage } from '../lib/admin/page';

const root = path.resolve(__dirname, '..');
const DECAP_DIST = path.join(root, 'node_modules', 'decap-cms', 'dist');

/** Decap's bundle and the chunks and WebAssembly it loads at run time; not its source maps, nor the second (`cms.js`) build. */
export function decapFiles(names: readonly string[]): string[] {
  return names.filter((name) => /^(?:\d+\.)?decap-cms\.js$|\.wasm$|^decap-cms\.js\.LICENSE\.txt$/.test(name)).sort();
}

export async function buildAdmin(out: string): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(path.join(out, 'decap'), { recursive: true });
  for (const name of decapFiles(readdirSync(DECAP_DIST))) cpSync(path.join(DECAP_DIST, name), path.join(out, 'decap', name));
  await build({
    ...adminBundleOptions(),
    entryPoints: [path.join(root, 'admin', 'main.ts')],
    outfile: path.join(out, 'admin.js'),
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  writeFileSync(path.join(out, 'index.html'), adminPage());
}

if (require.main === module) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: path.join(root, 'public', 'admin') } } });
  buildAdmin(path.resolve(values.out)).catch((error: unknown) => {
    console.error(`build-admin: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
