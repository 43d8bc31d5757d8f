import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import sharp from 'sharp';
import { cacheKey, conversionSettings, convertImages, widthsFor } from './convert';
import { VARIANT_WIDTHS } from '../../lib/images/widths';

/** A deterministic picture (stripes that depend on the seed): small, smooth, quick to encode. */
async function picture(width: number, height: number, seed: number, format: 'jpeg' | 'png' = 'jpeg'): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i += 1) pixels[i] = (Math.floor(i / 3 / width) * seed + (i % (width * 3)) / 7) & 0xff;
  return sharp(pixels, { raw: { width, height, channels: 3 } }).toFormat(format).toBuffer();
}

function filesOf(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(path.join(dir, name))]));
}

test('widths: the offered ones, never wider than the original', () => {
  assert.deepEqual(widthsFor(4000), [...VARIANT_WIDTHS]);
  assert.deepEqual(widthsFor(1600), [...VARIANT_WIDTHS]);
  assert.deepEqual(widthsFor(1000), [384, 640, 828, 1000]);
  assert.deepEqual(widthsFor(300), [300]);
});

test('the cache key changes with the bytes and with the settings', () => {
  const a = Buffer.from('a');
  assert.equal(cacheKey(a), cacheKey(Buffer.from('a')));
  assert.notEqual(cacheKey(a), cacheKey(Buffer.from('b')));
  assert.notEqual(cacheKey(a), cacheKey(a, `${conversionSettings()} changed`));
});

test('a cached run writes the same bytes as a cold one, and converts only a changed original', async () => {
  const work = mkdtempSync(path.join(tmpdir(), 'images-'));
  try {
    const publicDir = path.join(work, 'public');
    mkdirSync(path.join(publicDir, 'images', 'sub'), { recursive: true });
    writeFileSync(path.join(publicDir, 'images', 'photo.jpg'), await picture(700, 400, 1));
    writeFileSync(path.join(publicDir, 'images', 'sub', 'chart.png'), await picture(500, 200, 2, 'png'));
    writeFileSync(path.join(publicDir, 'images', 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const run = (name: string, cacheDir: string) => convertImages({ publicDir, outDir: path.join(work, name), cacheDir, folder: 'images' });

    const cold = await run('cold', path.join(work, 'cache-a'));
    assert.deepEqual([cold.converted, cold.cached], [2, 0]);
    assert.deepEqual(Object.keys(cold.manifest), ['/images/photo.jpg', '/images/sub/chart.png'], 'SVG is served as written');
    const photo = cold.manifest['/images/photo.jpg']!;
    assert.deepEqual([photo.width, photo.height], [700, 400]);
    assert.deepEqual(photo.formats.map((entry) => entry.format), ['avif', 'webp', 'jpeg']);
    assert.deepEqual(photo.formats[0]!.files.map((file) => file.width), [384, 640, 700]);

    const cached = await run('cached', path.join(work, 'cache-a'));
    assert.deepEqual([cached.converted, cached.cached], [0, 2]);
    assert.deepEqual(cached.manifest, cold.manifest);
    // A second cold conversion, with an empty cache of its own: conversion is deterministic, so a cache hit equals a miss.
    const again = await run('cold-again', path.join(work, 'cache-b'));
    assert.equal(again.converted, 2);
    const coldFiles = filesOf(path.join(work, 'cold'));
    assert.equal(coldFiles.size, 3 * 3 + 2 * 3);
    assert.deepEqual(filesOf(path.join(work, 'cached')), coldFiles);
    assert.deepEqual(filesOf(path.join(work, 'cold-again')), coldFiles);
    for (const [name, bytes] of coldFiles) {
      const { width } = await sharp(bytes).metadata();
      assert.equal(name.endsWith(`-${width}${path.extname(name)}`), true, `${name} is ${width} px wide`);
    }

    writeFileSync(path.join(publicDir, 'images', 'photo.jpg'), await picture(700, 400, 3));
    const changed = await run('changed', path.join(work, 'cache-a'));
    assert.deepEqual([changed.converted, changed.cached], [1, 1]);
    const oldUrl = photo.formats[0]!.files[0]!.url;
    const newUrl = changed.manifest['/images/photo.jpg']!.formats[0]!.files[0]!.url;
    assert.notEqual(newUrl, oldUrl, 'the file name carries the content hash');
    assert.deepEqual(changed.manifest['/images/sub/chart.png'], cold.manifest['/images/sub/chart.png']);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
