/**
 * The round trip: every post of content/ and of the fixture site's corpus
 * (scripts/build-fixture-site.ts: hostile, unpublished and generated posts)
 * is opened in the admin, only its description is changed, and it is saved.
 * Then, against the file before the edit: the model's view of every field
 * (lib/content/model.ts, from the file read as Contentlayer reads it), the
 * `schema` as written, the frontmatter's other lines, and the body, both its
 * bytes and the HTML the site's pipeline renders from it, are the same; only
 * the description differs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { buildCatalog } from '../lib/content/catalog';
import { readContentFolder } from '../lib/content/content-files';
import { renderPostBody } from '../lib/markdown/pipeline';
import { internalOrigins } from '../lib/site';
import { fixtureCorpus } from '../support/fixture-corpus';
import {
  ADMIN_BROWSER,
  adminBackendForSpec,
  bodyEditor,
  field,
  logIn,
  modelView,
  openEntry,
  publishNow,
  readPost,
  ROOT,
  type ReadPost,
} from './admin';
import { expect, test } from './fixtures';

const NEW_DESCRIPTION = 'Описание, изменённое в редакторе: проверка, что остальное не изменилось.';

/**
 * The frontmatter's lines without the description's (its key line and the
 * indented lines that continue it): what must stay byte-identical, since the
 * format keeps every untouched field as written (lib/admin/frontmatter-format.ts).
 */
function linesBesideDescription(source: Buffer, bodyBytes: Buffer): string[] {
  const frontmatter = source.subarray(0, source.length - bodyBytes.length).toString('utf8').split('\n');
  const kept: string[] = [];
  let inDescription = false;
  for (const line of frontmatter) {
    if (/^description\s*:/.test(line)) inDescription = true;
    else if (inDescription && !/^[ \t]/.test(line)) inDescription = false;
    if (!inDescription) kept.push(line);
  }
  return kept;
}

interface Snapshot {
  readonly post: ReadPost;
  readonly source: Buffer;
  readonly html: string;
}

let slugs: string[];

async function snapshot(slug: string, catalog: ReturnType<typeof buildCatalog>): Promise<Snapshot> {
  const file = path.join(backend.repo.blogDir, `${slug}.md`);
  const post = readPost(file);
  const { html } = await renderPostBody(post.body, {
    input: 'body',
    catalog,
    siteOrigins: internalOrigins,
    contentDirPath: 'content',
    sourceFilePath: `blog/${slug}.md`,
  });
  return { post, source: readFileSync(file), html };
}

function catalogOf(dir: string) {
  return buildCatalog(readContentFolder(dir, (file) => file).posts);
}

test.describe.configure({ mode: 'serial' });
test.use(ADMIN_BROWSER);
// A trace of ~200 actions on Decap's large DOM tripled the run; a failure names the post and field anyway.
test.use({ trace: 'off' });

const backend = adminBackendForSpec({
  posts: [
    path.join(ROOT, 'content', 'blog'),
    path.join(ROOT, 'tests', 'fixtures', 'content-hostile', 'blog'),
    path.join(ROOT, 'tests', 'fixtures', 'content-unpublished', 'blog'),
  ],
  extraPosts: fixtureCorpus(),
});

test.beforeAll(() => {
  slugs = readContentFolder(backend.repo.blogDir, (file) => file).posts.map((post) => path.basename(post.filePath, '.md')).sort();
});

test('changing only the description keeps every other field, the schema and the body of every post', async ({ page }) => {
  test.setTimeout(30_000 + slugs.length * 10_000);
  expect(slugs.length, 'content/blog and the fixture corpus').toBeGreaterThan(30);
  const before = new Map<string, Snapshot>();
  const catalogBefore = catalogOf(backend.repo.blogDir);
  for (const slug of slugs) before.set(slug, await snapshot(slug, catalogBefore));

  await logIn(page, backend.server);
  for (const slug of slugs) {
    await test.step(slug, async () => {
      await openEntry(page, slug);
      await field(page, 'Описание').fill(NEW_DESCRIPTION);
      await publishNow(page);
    });
  }

  const catalogAfter = catalogOf(backend.repo.blogDir);
  const differences: string[] = [];
  for (const slug of slugs) {
    const was = before.get(slug)!;
    const now = await snapshot(slug, catalogAfter);
    const viewBefore = modelView(was.post.data);
    const viewAfter = modelView(now.post.data);
    if (viewAfter.description !== NEW_DESCRIPTION) differences.push(`${slug}: description ${JSON.stringify(viewAfter.description)}`);
    for (const name of Object.keys(viewBefore) as (keyof typeof viewBefore)[]) {
      if (name === 'description') continue;
      if (!isDeepStrictEqual(viewAfter[name], viewBefore[name])) {
        const shown = (value: unknown) => (JSON.stringify(value) ?? 'undefined').slice(0, 80);
        differences.push(`${slug}: ${name} ${shown(viewBefore[name])} → ${shown(viewAfter[name])}`);
      }
    }
    if (!isDeepStrictEqual(now.post.data.schema, was.post.data.schema)) differences.push(`${slug}: schema as written changed`);
    if (!now.post.bodyBytes.equals(was.post.bodyBytes)) differences.push(`${slug}: body bytes changed`);
    const untouched = linesBesideDescription(was.source, was.post.bodyBytes);
    const written = linesBesideDescription(now.source, now.post.bodyBytes);
    if (!isDeepStrictEqual(written, untouched)) differences.push(`${slug}: frontmatter beside the description rewritten`);
    if (now.html !== was.html) differences.push(`${slug}: rendered body changed`);
  }
  expect(differences).toEqual([]);
});

test('an edit in the body keeps the rest of the seed as written: its raw HTML heading link, placeholders and leading # heading', async ({ page }) => {
  const slug = 'doverie-klientov';
  const added = ' (дописано в редакторе)';
  const was = await snapshot(slug, catalogOf(backend.repo.blogDir));
  const body = was.post.bodyBytes.toString('utf8');
  // What the issue names, present before the edit, so the checks below can fail.
  expect(body).toMatch(/^\s*# /);
  expect(body).toContain('[Кнопка: "Рассчитать стоимость"]');
  expect(body).toMatch(/^#{2,3} .*<a [^>]*href=/m);

  await logIn(page, backend.server);
  await openEntry(page, slug);
  // Typed where the editor clicks, in the middle of the post's text.
  await bodyEditor(page).getByText('Доверие — это валюта', { exact: false }).click();
  await page.keyboard.type(added);
  await publishNow(page);

  const now = await snapshot(slug, catalogOf(backend.repo.blogDir));
  const written = now.post.bodyBytes.toString('utf8');
  expect(written).toContain(added);
  // Without the typed words, the body is byte for byte what it was: no \[, \> or - - - anywhere,
  // the raw HTML link, the placeholders and the leading # as written.
  expect(written.replace(added, '')).toBe(body);
  // And the page renders as before, plus those words.
  expect(now.html).toContain(added);
  expect(now.html.replace(added, '')).toBe(was.html);
  expect(modelView(now.post.data)).toEqual(modelView(was.post.data));
});
