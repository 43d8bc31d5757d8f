/**
 * The screenshots of the editors' guide (docs/editing.md, «Редактор в
 * браузере»): the list of posts, a post's form with its preview, the preview
 * alone, and the editorial workflow's board, at 1280 px in Russian.
 * Every run takes them (so CI sees they still can be taken) into
 * test-results; with ADMIN_SCREENSHOTS=1 they replace docs/images/admin-*.png,
 * the committed files:
 *
 *   ADMIN_SCREENSHOTS=1 npx playwright test e2e/admin-screenshots.spec.ts --project static
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import {
  ADMIN_BROWSER,
  adminBackendForSpec,
  bodyEditor,
  field,
  logIn,
  openAdmin,
  openEntry,
  openNewPost,
  ROOT,
} from './admin';
import { expect, test, type Page } from './fixtures';

const DOCS_IMAGES = path.join(ROOT, 'docs', 'images');

test.describe.configure({ mode: 'serial' });
test.use(ADMIN_BROWSER);

// The editorial workflow's board needs decap-server's git mode.
const backend = adminBackendForSpec({ posts: [path.join(ROOT, 'content', 'blog')], git: true });

/** A palette PNG: the guide's pictures are flat UI, a quarter of the size of Chromium's PNG. */
async function keep(page: Page, name: string, target: Page | ReturnType<Page['locator']> = page): Promise<void> {
  const png = await sharp(await target.screenshot()).png({ palette: true, compressionLevel: 9 }).toBuffer();
  const file = process.env.ADMIN_SCREENSHOTS === '1' ? path.join(DOCS_IMAGES, `admin-${name}.png`) : test.info().outputPath(`admin-${name}.png`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, png);
  await test.info().attach(name, { body: png, contentType: 'image/png' });
}

test('the list, a post with its preview, and the workflow board', async ({ page }) => {
  test.setTimeout(90_000);
  await logIn(page, backend.server);
  await expect(page.getByText('Доверие клиентов: как его завоевать и удержать')).toBeVisible();
  await keep(page, 'list');

  // Its hero is a picture in public/images (the seed's others are remote, answered offline by a test image).
  await openEntry(page, 'kak-bystro-zablokirovat-kartu-i-kuda-obraschatsya-za-pomoschyu');
  const preview = page.locator('iframe').first();
  await expect(preview).toBeVisible();
  await expect(preview.contentFrame().locator('h1').first()).toBeVisible();
  await keep(page, 'editor');
  await keep(page, 'preview', preview);

  // A post sent for review: the workflow board («Рабочая область»).
  await openNewPost(page);
  await field(page, 'Заголовок').fill('Как ухаживать за паркетом');
  await field(page, 'Описание').fill('Чем мыть паркет, чтобы он не рассохся, и как часто его натирать.');
  await field(page, 'Дата публикации').fill('2025-09-01T10:00:00');
  await bodyEditor(page).fill('Паркет не любит лишней воды.');
  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await page.getByRole('button', { name: /татус: Черновик/ }).click();
  await page.getByRole('menuitem', { name: 'На рассмотрении' }).click();
  await expect(page.getByRole('button', { name: /татус: На рассмотрении/ })).toBeVisible();
  await openAdmin(page, '#/workflow');
  await expect(page.getByText('Как ухаживать за паркетом')).toBeVisible();
  // Decap's notices would cover the board; they go by themselves.
  for (const notice of ['Запись сохранена', 'Статус записи обновлен']) await expect(page.getByText(notice)).toBeHidden({ timeout: 15_000 });
  await keep(page, 'workflow');
});
