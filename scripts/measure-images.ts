/**
 * `npm run measure:images`: what a phone downloads for a post whose hero is a
 * 4000 px, ~4 MB JPEG, before (main until issue 13: the original behind a
 * srcset whose widths all name the same file with ?w=) and after (the build's
 * <picture>), and how long the conversion takes cold and from the cache.
 * Prints numbers; asserts nothing.
 *
 * The photo is generated (noise over gradients, so JPEG cannot shrink it);
 * the conversion is the build's own (build/images/convert.ts); the markup is
 * what HeroImage renders in each case (lib/images/variants.ts, next/image's
 * srcset format); the choice of file is real Chromium's at a 390 px viewport.
 *
 *   tsx scripts/measure-images.ts
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { convertImages } from '../build/images/convert';
import { pictureParts } from '../lib/images/variants';
import { DEVICE_SIZES, POST_COLUMN_SIZES } from '../lib/images/widths';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/chromium';
import { freePort } from '../support/free-port';
import { noisyPhoto } from '../support/large-photo';

const WIDTH = 4000;
const HEIGHT = 2250;

const page = (body: string) => `<!doctype html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><style>img{display:block;width:100%;height:auto;aspect-ratio:1200/630;object-fit:cover}</style></head><body>${body}</body></html>`;

function serve(root: string, port: number): http.Server {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.jpg': 'image/jpeg', '.avif': 'image/avif', '.webp': 'image/webp' };
  return http
    .createServer((request, response) => {
      const file = path.join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
      try {
        const body = readFileSync(file);
        response.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream', 'Content-Length': body.length });
        response.end(body);
      } catch {
        response.writeHead(404).end();
      }
    })
    .listen(port, '127.0.0.1');
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'measure-images-'));
  try {
    const site = path.join(work, 'public');
    mkdirSync(path.join(site, 'images'), { recursive: true });
    const photo = await noisyPhoto(WIDTH, HEIGHT);
    writeFileSync(path.join(site, 'images', 'hero.jpg'), photo);
    console.log(`original: ${WIDTH}×${HEIGHT} JPEG, ${(photo.length / 1024 / 1024).toFixed(2)} MB`);

    const options = { publicDir: site, outDir: path.join(site, '_img'), cacheDir: path.join(work, 'cache'), folder: 'images' };
    let started = performance.now();
    const cold = await convertImages(options);
    const coldMs = performance.now() - started;
    started = performance.now();
    await convertImages(options);
    const cachedMs = performance.now() - started;
    console.log(`conversion: cold ${(coldMs / 1000).toFixed(1)} s (${cold.converted} image, 3 formats × 5 widths), from the cache ${(cachedMs / 1000).toFixed(2)} s`);

    const entry = cold.manifest['/images/hero.jpg']!;
    const { sources, img } = pictureParts(entry);
    const after = `<picture>${sources.map((source) => `<source type="${source.type}" srcset="${source.srcSet}" sizes="${POST_COLUMN_SIZES}">`).join('')}<img src="${img.src}" srcset="${img.srcSet}" sizes="${POST_COLUMN_SIZES}" width="${img.width}" height="${img.height}" alt=""></picture>`;
    // What main's loader wrote for a local hero: every width the same file (lib/images/hosts.ts before issue 13).
    const widths = [384, ...DEVICE_SIZES].filter((width) => width >= 320);
    const before = `<img src="/images/hero.jpg?w=${widths.at(-1)}" srcset="${widths.map((width) => `/images/hero.jpg?w=${width} ${width}w`).join(', ')}" sizes="${POST_COLUMN_SIZES}" width="1200" height="630" alt="">`;
    writeFileSync(path.join(site, 'before.html'), page(before));
    writeFileSync(path.join(site, 'after.html'), page(after));

    const port = await freePort();
    const server = serve(site, port);
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: [...CHROMIUM_ARGS] });
    try {
      for (const deviceScaleFactor of [1, 2, 3]) {
        for (const name of ['before', 'after']) {
          const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor, isMobile: true });
          const tab = await context.newPage();
          const images: { url: string; bytes: number }[] = [];
          let total = 0;
          tab.on('response', async (response) => {
            const bytes = (await response.body()).length;
            total += bytes;
            if (/\.(?:jpg|avif|webp)/.test(response.url())) images.push({ url: new URL(response.url()).pathname.split('/').pop()!, bytes });
          });
          await tab.goto(`http://127.0.0.1:${port}/${name}.html`, { waitUntil: 'networkidle' });
          const shown = images.map((image) => `${image.url} ${kb(image.bytes)}`).join(', ');
          console.log(`390 px, DPR ${deviceScaleFactor}, ${name.padEnd(6)}: image ${kb(images.reduce((sum, image) => sum + image.bytes, 0)).padStart(10)}, page total ${kb(total).padStart(10)}  (${shown})`);
          await context.close();
        }
      }
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
