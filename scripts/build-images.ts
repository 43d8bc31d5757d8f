/**
 * The images step of every site build (scripts/build-site.ts) and of
 * `npm run dev` / `npm run admin`: each local image under public/images/ written at
 * the offered widths in AVIF, WebP and its own format into public/_img/
 * (git-ignored, so both outputs carry it: the export copies public/, the
 * server serves it), from the cache in .cache/images/ where it has them.
 *
 *   tsx scripts/build-images.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { convertImages } from '../build/images/convert';
import { IMAGE_MANIFEST, VARIANT_DIR } from '../lib/images/manifest-file';

const root = path.resolve(__dirname, '..');

async function main(): Promise<void> {
  const started = performance.now();
  const result = await convertImages({
    publicDir: path.join(root, 'public'),
    outDir: path.join(root, VARIANT_DIR),
    cacheDir: path.join(root, path.dirname(IMAGE_MANIFEST)),
    // The admin's media folder (lib/admin/config.ts); the site's own files (logo, default OG card) are not page images.
    folder: 'images',
  });
  writeFileSync(path.join(root, IMAGE_MANIFEST), `${JSON.stringify(result.manifest, null, 1)}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`images: ${Object.keys(result.manifest).length} local images, ${result.converted} converted, ${result.cached} from the cache (${seconds} s)`);
}

main().catch((error: unknown) => {
  console.error(`build-images: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
