/**
 * The admin at /admin/ as an editor first meets it: Russian, not for search
 * engines, and a form that refuses to save what check:content would refuse,
 * with the checker's words (admin/locale.ts, lib/admin/file-name.ts,
 * lib/content/image-file.ts).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileNameError } from '../lib/admin/file-name';
import { ADMIN_BROWSER, adminBackendForSpec, bodyEditor, field, fileNameField, logIn, openNewPost, ROOT } from './admin';
import { expect, test, type Page } from './fixtures';

/** What an editor might type: check:content refuses Cyrillic and capitals in a file name. */
const TYPED_NAME = 'Parket-Уход';

let postsBefore: string[];
let imagesBefore: string[];

// No test saves anything, so each worker's own repository and backend.server serve any of them.
test.use(ADMIN_BROWSER);

const backend = adminBackendForSpec({ posts: [path.join(ROOT, 'content', 'blog')] });

test.beforeAll(() => {
  postsBefore = readdirSync(backend.repo.blogDir).sort();
  imagesBefore = readdirSync(backend.repo.imagesDir).sort();
});

/** Nothing was written: the folders are as copied. */
function expectNothingSaved(): void {
  expect(readdirSync(backend.repo.blogDir).sort()).toEqual(postsBefore);
  expect(readdirSync(backend.repo.imagesDir).sort()).toEqual(imagesBefore);
}

async function newPost(page: Page): Promise<void> {
  await logIn(page, backend.server);
  await openNewPost(page);
  await expect(field(page, 'Заголовок')).toBeVisible();
}

/** Tries to save a new post (the local backend publishes at once). */
async function trySave(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Опубликовать', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Опубликовать сейчас' }).click();
}

test('the admin page is Russian and not for search engines', async ({ page }) => {
  await page.goto(`/admin/?backend=${backend.server.port}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page).toHaveTitle('Редактор блога');
  await page.getByRole('button', { name: 'Войти', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Записи' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Медиафайлы' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Статьи', level: 1 })).toBeVisible();
  await expect(page.getByText('Сортировать по')).toBeVisible();
  // The form: the model's labels and the checker's «ожидается» texts as hints.
  await openNewPost(page);
  await expect(field(page, 'Заголовок')).toBeVisible();
  await expect(page.getByText('заголовок статьи, например title: "Как ухаживать за паркетом"')).toBeVisible();
  await expect(page.getByText('по московскому времени').first()).toBeVisible();
  const english = await page.locator('body').evaluate((body) =>
    ['Login', 'Collections', 'Media', 'Publish', 'Save', 'Delete entry', 'Required'].filter((word) => new RegExp(`\\b${word}\\b`).test((body as HTMLElement).innerText)),
  );
  expect(english, 'English words left in the UI').toEqual([]);
});

test('a required field left empty blocks saving with the checker\'s message', async ({ page }) => {
  await newPost(page);
  await field(page, 'Описание').fill('Описание статьи без заголовка.');
  await field(page, 'Дата публикации').fill('2025-09-01T10:00:00');
  await bodyEditor(page).fill('Текст статьи.');
  await trySave(page);
  await expect(page.getByRole('alert')).toContainText('вы пропустили обязательное поле');
  await expect(page.getByText('«Заголовок»: нет обязательного поля.')).toBeVisible();
  expectNothingSaved();
});

test('a file name check:content would refuse blocks saving with its message', async ({ page }) => {
  await newPost(page);
  await field(page, 'Заголовок').fill('Как ухаживать за паркетом');
  await field(page, 'Описание').fill('Паркет любит сухую уборку.');
  await field(page, 'Дата публикации').fill('2025-09-01T10:00:00');
  await bodyEditor(page).fill('Текст статьи.');
  // Reaching the field fills it from the title; then the editor types their own.
  await fileNameField(page).click();
  await expect(fileNameField(page)).toHaveValue('kak-uhazhivat-za-parketom');
  await fileNameField(page).fill(TYPED_NAME);
  await trySave(page);
  const message = fileNameError(TYPED_NAME);
  expect(message).toContain('кириллица, заглавные буквы');
  await expect(page.getByText(message!)).toBeVisible();
  expectNothingSaved();
});

test('a picture check:content would refuse is refused at upload with its message', async ({ page }) => {
  await newPost(page);
  await page.getByRole('button', { name: 'Выберите изображение' }).click();
  // The alert opens while the file is being set: answer it from the handler, or both wait for each other.
  const messages: string[] = [];
  page.once('dialog', (dialog) => {
    messages.push(dialog.message());
    void dialog.dismiss();
  });
  await page.locator('input[type="file"]').setInputFiles({ name: 'Кухня.heic', mimeType: 'image/heic', buffer: Buffer.from('not a picture') });
  await expect.poll(() => messages).toEqual([
    '«Кухня.heic»: картинка в формате .heic, который браузеры не показывают; ожидается файл .jpg, .jpeg, .png, .webp, .avif, .gif, .svg',
  ]);
  expectNothingSaved();
});
