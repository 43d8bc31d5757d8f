/**
 * An editor's whole way, offline: a new post with a Russian title, a date
 * picked in Moscow time, keywords, a picture uploaded under a Cyrillic name
 * and the draft switch on goes through the editorial workflow as on GitHub
 * (decap-server's git mode: the post is a branch cms/blog/<name> until it is
 * published, which merges it). The file is then what check:content and the
 * site read; a real static build of that content leaves the draft out and
 * renders a second post written in the admin; turning the switch off
 * publishes the draft in the content layer's view.
 *
 * One site build (~1.5 min on two cores), not two: the build after the
 * switch is turned off would render the post exactly as it renders the
 * second post, which is already built from an admin-written file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseContentDate } from '../lib/content/dates';
import { publishedView } from '../lib/content/published-view';
import type { PostSummary } from '../lib/content/reshape';
import { runBuildSteps, siteBuildSteps } from '../scripts/build-site';
import {
  ADMIN_BROWSER,
  adminBackendForSpec,
  bodyEditor,
  field,
  fileNameField,
  gitIn,
  logIn,
  modelView,
  openEntry,
  openNewPost,
  readPost,
  ROOT,
  tempFolder,
} from './admin';
import { expect, test, type Page } from './fixtures';

const PICTURE = path.join(__dirname, 'fixtures', 'remote-image.jpg');

const DRAFT = {
  title: 'Как ухаживать за паркетом',
  slug: 'kak-uhazhivat-za-parketom',
  description: 'Чем мыть паркет, чтобы он не рассохся, и как часто его натирать.',
  // Typed into the Moscow-time field; the browser is in Berlin, an hour behind.
  moscowTime: '2025-09-01T10:30:15',
  instant: '2025-09-01T07:30:15.000Z',
  keywords: 'уход за паркетом, паркет, уборка',
  upload: 'Паркет в гостиной.jpg',
  uploadedAs: 'parket-v-gostinoy.jpg',
  heroAlt: 'Светлый паркет в гостиной',
  body: 'Паркет не любит лишней воды.',
} as const;

const PUBLISHED = {
  title: 'Как мыть окна без разводов',
  slug: 'kak-myt-okna-bez-razvodov',
  description: 'Уксус, газета и микрофибра: что работает на самом деле.',
  moscowTime: '2025-08-15T09:00:00',
  body: 'Мойте окна в пасмурный день.',
} as const;

/** The build's export folder, relative to the project (Next takes NEXT_DIST_DIR so). */
let BUILD_OUT = '';

test.describe.configure({ mode: 'serial' });
test.use(ADMIN_BROWSER);

const backend = adminBackendForSpec({ posts: [path.join(ROOT, 'content', 'blog')], git: true });

test.afterAll(() => {
  if (BUILD_OUT) rmSync(path.join(ROOT, BUILD_OUT), { recursive: true, force: true });
});

const postFile = (slug: string) => path.join(backend.repo.blogDir, `${slug}.md`);
const branch = (slug: string) => `cms/blog/${slug}`;

/**
 * «Сохранить», then the workflow's statuses as an editor and a reviewer set
 * them (Decap's Russian: «На рассмотрении», «Одобрен»), and «Опубликовать
 * сейчас», which merges the branch (on GitHub: the pull request).
 */
async function saveAndPublish(page: Page, slug: string): Promise<void> {
  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await expect(page.getByText('Изменения сохранены')).toBeVisible();
  // Decap's Russian has a Latin C in «Cтатус».
  await expect(page.getByRole('button', { name: /татус: Черновик/ })).toBeVisible();
  expect(gitIn(backend.repo, 'branch', '--list', branch(slug)).trim()).toBe(branch(slug));
  await page.getByRole('button', { name: /татус:/ }).click();
  await page.getByRole('menuitem', { name: 'На рассмотрении' }).click();
  await expect(page.getByRole('button', { name: /татус: На рассмотрении/ })).toBeVisible();
  await page.getByRole('button', { name: /татус:/ }).click();
  await page.getByRole('menuitem', { name: 'Одобрен' }).click();
  await expect(page.getByRole('button', { name: /татус: Одобрен/ })).toBeVisible();
  // Decap asks «Вы уверены…?» before publishing.
  const questions: string[] = [];
  page.once('dialog', (dialog) => {
    questions.push(dialog.message());
    void dialog.accept();
  });
  await page.getByRole('button', { name: 'Опубликовать', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Опубликовать сейчас' }).click();
  await expect(page.getByText('Запись опубликована')).toBeVisible();
  // Decap reloads the published entry into the form: wait for it before going elsewhere.
  await expect(page.getByRole('button', { name: 'Удалить опубликованную запись' })).toBeVisible();
  await expect.poll(() => gitIn(backend.repo, 'branch', '--list', branch(slug)).trim(), { message: 'the branch is merged and gone' }).toBe('');
  expect(questions).toHaveLength(1);
}

/** The content layer's published view (lib/content/published-view.ts) of one file. */
function isPublishedBySite(slug: string): boolean {
  const view = modelView(readPost(postFile(slug)).data);
  const summary = { slug, draft: view.draft as boolean, publishedAt: view.pubDate as string } as PostSummary;
  return publishedView([summary], new Date(), false).bySlug.has(slug);
}

/** `npm run check:content` on the temporary repository's posts and pictures (it prints its report on stderr). */
function checkContent(): { code: number | null; output: string } {
  const run = spawnSync(
    path.join(ROOT, 'node_modules', '.bin', 'tsx'),
    ['scripts/check-content.ts', backend.repo.blogDir, '--public', path.join(backend.repo.root, 'public')],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return { code: run.status, output: run.stderr };
}

test('a new post with a picture, written in the admin, passes review into a file check:content accepts', async ({ page }) => {
  test.setTimeout(120_000);
  await logIn(page, backend.server);
  await openNewPost(page);
  await field(page, 'Заголовок').fill(DRAFT.title);
  await fileNameField(page).click();
  await expect(fileNameField(page)).toHaveValue(DRAFT.slug);
  await field(page, 'Описание').fill(DRAFT.description);
  await field(page, 'Дата публикации').fill(DRAFT.moscowTime);
  await field(page, 'Ключевые слова (необязательный)').fill(DRAFT.keywords);
  await page.getByRole('button', { name: 'Выберите изображение' }).click();
  await page.locator('input[type="file"]').setInputFiles({ name: DRAFT.upload, mimeType: 'image/jpeg', buffer: readFileSync(PICTURE) });
  await expect(page.getByText(DRAFT.uploadedAs)).toBeVisible();
  await page.getByRole('button', { name: 'Выбрать помеченные' }).click();
  await field(page, 'Описание главной картинки (необязательный)').fill(DRAFT.heroAlt);
  await page.getByRole('switch', { name: /Черновик/ }).click();
  await bodyEditor(page).fill(DRAFT.body);
  await saveAndPublish(page, DRAFT.slug);

  // The file has a Latin name and says what the editor typed, as the site reads it.
  const { data, body } = readPost(postFile(DRAFT.slug));
  const view = modelView(data);
  expect(view.title).toBe(DRAFT.title);
  expect(view.description).toBe(DRAFT.description);
  expect(data.pubDate, 'written with its offset, seconds kept').toBe(`${DRAFT.moscowTime}+03:00`);
  expect(parseContentDate(data.pubDate) && new Date(parseContentDate(data.pubDate)!).toISOString()).toBe(DRAFT.instant);
  expect(view.keywords).toEqual(['уход за паркетом', 'паркет', 'уборка']);
  expect(view.heroImage).toBe(`/images/${DRAFT.uploadedAs}`);
  expect(view.heroAlt).toBe(DRAFT.heroAlt);
  expect(view.draft).toBe(true);
  expect(body.trim()).toBe(DRAFT.body);
  // The picture: under its Latin name, the very bytes uploaded.
  expect(readdirSync(backend.repo.imagesDir).sort()).toEqual(['bank-card.jpg', DRAFT.uploadedAs]);
  expect(readFileSync(path.join(backend.repo.imagesDir, DRAFT.uploadedAs)).equals(readFileSync(PICTURE))).toBe(true);

  const check = checkContent();
  expect(check.output).toContain('Проверено 5 статей: 0 ошибок');
  expect(check.code, check.output).toBe(0);
  expect(isPublishedBySite(DRAFT.slug), 'a draft').toBe(false);

  // A second post, not a draft, for the build to render.
  await openNewPost(page);
  await field(page, 'Заголовок').fill(PUBLISHED.title);
  await field(page, 'Описание').fill(PUBLISHED.description);
  await field(page, 'Дата публикации').fill(PUBLISHED.moscowTime);
  await bodyEditor(page).fill(PUBLISHED.body);
  await saveAndPublish(page, PUBLISHED.slug);
  expect(existsSync(postFile(PUBLISHED.slug)), 'named from the title before saving').toBe(true);
  expect(checkContent().code).toBe(0);
});

test('a build of that content renders the post and leaves the draft out', async () => {
  test.setTimeout(8 * 60_000);
  const picture = path.join(ROOT, 'public', 'images', DRAFT.uploadedAs);
  // After the merge the repository has the upload in public/images: the build reads pictures there.
  cpSync(path.join(backend.repo.imagesDir, DRAFT.uploadedAs), picture);
  BUILD_OUT = path.relative(ROOT, tempFolder('out-'));
  const env = { CONTENT_DIR: path.relative(ROOT, path.dirname(backend.repo.blogDir)) };
  try {
    execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/build-content.ts'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, ...env } });
    // public/admin is already built (the outputs under test have it); rewriting it would pull it from under the other specs' servers.
    runBuildSteps(siteBuildSteps({ staticExport: true, distDir: BUILD_OUT }).filter((step) => step.name !== 'admin'), env);
  } finally {
    rmSync(picture, { force: true });
    // Leave .contentlayer describing the real content, as the fixture build does.
    execFileSync(path.join(ROOT, 'node_modules', '.bin', 'contentlayer2'), ['build'], { cwd: ROOT, stdio: 'pipe' });
  }
  const out = path.join(ROOT, BUILD_OUT);
  const page = readFileSync(path.join(out, 'blog', PUBLISHED.slug, 'index.html'), 'utf8');
  expect(page).toContain(PUBLISHED.title);
  expect(page).toContain(PUBLISHED.body);
  expect(existsSync(path.join(out, 'blog', DRAFT.slug)), 'the draft has no page').toBe(false);
  for (const file of ['sitemap.xml', 'rss.xml', 'index.html']) {
    const text = readFileSync(path.join(out, file), 'utf8');
    expect(text, file).toContain(PUBLISHED.slug);
    expect(text, file).not.toContain(DRAFT.slug);
  }
});

test('turning the draft switch off publishes the post and changes nothing else', async ({ page }) => {
  test.setTimeout(60_000);
  const before = readPost(postFile(DRAFT.slug));
  await logIn(page, backend.server);
  await openEntry(page, DRAFT.slug);
  await expect(page.getByRole('switch', { name: /Черновик/ })).toHaveAttribute('aria-checked', 'true');
  await page.getByRole('switch', { name: /Черновик/ }).click();
  await saveAndPublish(page, DRAFT.slug);
  const after = readPost(postFile(DRAFT.slug));
  expect(after.data.draft).toBe(false);
  const changed = Object.keys(modelView(before.data)).filter(
    (name) => !isDeepStrictEqual(modelView(after.data)[name as 'draft'], modelView(before.data)[name as 'draft']),
  );
  expect(changed).toEqual(['draft']);
  expect(after.bodyBytes.equals(before.bodyBytes)).toBe(true);
  expect(isPublishedBySite(DRAFT.slug)).toBe(true);
  expect(checkContent().code).toBe(0);
});
