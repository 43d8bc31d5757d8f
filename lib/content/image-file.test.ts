import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { imageFileProblem, MAX_IMAGE_BYTES } from './image-file';
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

test('an original over the limit is refused; at the limit it passes', () => {
  assert.equal(imageFileProblem('a.jpg', MAX_IMAGE_BYTES), null);
  const big = imageFileProblem('a.jpg', 14.2 * 1024 * 1024);
  assert.equal(big?.message, 'файл картинки весит 14,2 МБ');
  assert.equal(big?.expected, 'не больше 10 МБ: уменьшите фотографию перед загрузкой');
});

test('check:content applies the rule to a file that exists in public/', () => {
  const publicDir = mkdtempSync(path.join(tmpdir(), 'image-file-'));
  writeFileSync(path.join(publicDir, 'scan.pdf'), 'x');
  writeFileSync(path.join(publicDir, 'ok.jpg'), 'x');
  assert.equal(imageSourceProblem('/scan.pdf', publicFileLookup(publicDir), [])?.message, 'картинка в формате .pdf, который браузеры не показывают');
  assert.equal(imageSourceProblem('/ok.jpg', publicFileLookup(publicDir), []), null);
});
