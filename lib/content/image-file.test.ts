import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { heroWidthProblem, imageFileProblem, LARGE_IMAGE_BYTES, MAX_IMAGE_BYTES, MIN_HERO_WIDTH } from './image-file';
import { imageSourceProblem } from './image-source';
import { publicFileLookup } from './public-files';

test('pictures browsers show pass, in any letter case', () => {
  for (const name of ['a.jpg', 'a.JPEG', 'a.png', 'a.webp', 'a.avif', 'a.gif', 'a.svg']) assert.equal(imageFileProblem(name, 1000), null, name);
});

test('a format browsers do not show, or no extension, is refused with the list of formats', () => {
  const heic = imageFileProblem('kuhnya.HEIC', 1000);
  assert.equal(heic?.message, 'картинка в формате .heic, который браузеры не показывают');
  assert.equal(heic?.expected, 'файл .jpg, .jpeg, .png, .webp, .avif, .gif, .svg');
  assert.equal(imageFileProblem('/images/kuhnya', 1000)?.message, 'у файла картинки нет расширения');
});

test('an original over the limit is refused; at the limit it passes (with the 5 MB warning)', () => {
  assert.equal(imageFileProblem('a.jpg', MAX_IMAGE_BYTES)?.severity, 'warning');
  const big = imageFileProblem('a.jpg', 14.2 * 1024 * 1024);
  assert.equal(big?.message, 'файл картинки весит 14,2 МБ');
  assert.equal(big?.expected, 'не больше 10 МБ: уменьшите фотографию перед загрузкой');
});

test('an original over 5 MB is a warning (the admin lets it through), up to 10 MB', () => {
  assert.equal(imageFileProblem('a.jpg', LARGE_IMAGE_BYTES), null);
  const large = imageFileProblem('a.jpg', 6.5 * 1024 * 1024);
  assert.equal(large?.severity, 'warning');
  assert.equal(large?.message, 'файл картинки весит 6,5 МБ');
  assert.match(large?.expected ?? '', /^не больше 5 МБ: /);
  assert.equal(imageFileProblem('a.jpg', MAX_IMAGE_BYTES + 1)?.severity, 'error');
});

test('a raster hero narrower than the post column at 2x is a warning; SVG fits any slot', () => {
  assert.equal(MIN_HERO_WIDTH, 1536);
  assert.equal(heroWidthProblem('a.jpg', 1536), null);
  assert.equal(heroWidthProblem('a.svg', 100), null);
  const narrow = heroWidthProblem('/x/a.JPG', 1200);
  assert.equal(narrow?.severity, 'warning');
  assert.equal(narrow?.message, 'обложка шириной 1200 пикселей: на экранах ноутбуков и телефонов она будет растянута и размыта');
});

test('check:content applies the rule to a file that exists in public/', () => {
  const publicDir = mkdtempSync(path.join(tmpdir(), 'image-file-'));
  writeFileSync(path.join(publicDir, 'scan.pdf'), 'x');
  writeFileSync(path.join(publicDir, 'ok.jpg'), 'x');
  assert.equal(imageSourceProblem('/scan.pdf', publicFileLookup(publicDir), [])?.message, 'картинка в формате .pdf, который браузеры не показывают');
  assert.equal(imageSourceProblem('/ok.jpg', publicFileLookup(publicDir), []), null);
});
