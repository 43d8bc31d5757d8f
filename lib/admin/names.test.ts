import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFileName } from '../content/checks/file-name';
import { rawTagSlug } from '../content/tag-slug';
import { fileNameError, fileNameFromTitle } from './file-name';
import { localBackendUrl } from './local-backend';
import { latinUploadName } from './upload-name';

test('a Russian title gives a Latin file name check:content accepts, by the tag pages\' transliteration', () => {
  for (const title of ['Как ухаживать за паркетом', 'Доверие клиентов: как его завоевать и удержать', 'Уборка «под ключ» — 2025!', 'Ёлка и щётка']) {
    const name = fileNameFromTitle(title);
    assert.equal(name, rawTagSlug(title));
    assert.deepEqual(checkFileName(`${name}.md`), [], `${title} → ${name}`);
  }
  assert.equal(fileNameFromTitle('Как ухаживать за паркетом'), 'kak-uhazhivat-za-parketom');
});

test('a hand-edited file name is held to check:content\'s rule, with its message', () => {
  assert.equal(fileNameError('kak-uhazhivat-za-parketom'), null);
  assert.equal(fileNameError('Уборка'), `${checkFileName('Уборка.md')[0]!.message}: ожидается ${checkFileName('Уборка.md')[0]!.expected}`);
  assert.match(fileNameError('Uborka_kvartir') ?? '', /заглавные буквы, подчёркивания/);
  assert.match(fileNameError('') ?? '', /имя файла/);
});

test('uploads get Latin names, the extension lowercased', () => {
  assert.equal(latinUploadName('Кухня после уборки.JPG'), 'kuhnya-posle-uborki.jpg');
  assert.equal(latinUploadName('bank-card.jpg'), 'bank-card.jpg');
  assert.equal(latinUploadName('Фото 1.jpeg'), 'foto-1.jpeg');
  assert.equal(latinUploadName('«».png'), 'image.png');
  assert.equal(latinUploadName('.png'), 'png');
});

test('the local backend is used only when the admin itself runs on loopback', () => {
  assert.equal(localBackendUrl({ hostname: '127.0.0.1', search: '' }, 8081), 'http://127.0.0.1:8081/api/v1');
  assert.equal(localBackendUrl({ hostname: 'localhost', search: '?backend=3458' }, 8081), 'http://localhost:3458/api/v1');
  assert.equal(localBackendUrl({ hostname: '127.0.0.1', search: '?backend=evil.example' }, 8081), 'http://127.0.0.1:8081/api/v1');
  assert.equal(localBackendUrl({ hostname: 'butlerspb-blog.netlify.app', search: '?backend=8081' }, 8081), undefined);
});
