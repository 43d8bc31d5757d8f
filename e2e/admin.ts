/**
 * Shared parts of the admin's e2e specs (e2e/admin-*.spec.ts): a temporary
 * repository with a copy of the content (content/ itself is never written),
 * decap-server on loopback over it (scripts/decap-server.ts, as `npm run
 * admin` runs it), logging in, and the form's fields as an editor finds them.
 * The specs run on the static export only (each skips the other projects):
 * /admin/ is the same public/admin files in both outputs
 * (scripts/build-admin.ts), so the server build would test nothing more.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { parse } from 'yaml';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { test } from './fixtures';
import { POST_FIELDS, normalisedField, type PostFieldName } from '../lib/content/model';

export const ROOT = path.resolve(__dirname, '..');
const TEMP_PARENT = path.join(ROOT, '.admin-e2e');

/**
 * The browser of every admin spec: Russian, and in Berlin, an hour behind
 * Moscow in summer, so a date shown or written in the browser's zone instead
 * of Moscow time shows up.
 */
export const ADMIN_BROWSER = {
  locale: 'ru-RU',
  timezoneId: 'Europe/Berlin',
  viewport: { width: 1280, height: 800 },
  actionTimeout: 15_000,
} as const;

/** A new folder under .admin-e2e/ (git-ignored), which another worker may be removing just now. */
export function tempFolder(prefix: string): string {
  for (let attempt = 0; ; attempt++) {
    try {
      mkdirSync(TEMP_PARENT, { recursive: true });
      return mkdtempSync(path.join(TEMP_PARENT, prefix));
    } catch (error) {
      if (attempt > 2 || (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

/** .admin-e2e/ goes once the last spec's folder in it is gone. */
export function removeTempParentIfEmpty(): void {
  try {
    rmdirSync(TEMP_PARENT);
  } catch {
    // Not empty (another spec's folder) or already gone.
  }
}

export interface TempRepo {
  readonly root: string;
  readonly blogDir: string;
  readonly imagesDir: string;
  /** Commits everything (git mode only): decap-server's git mode wants a clean tree. */
  readonly git: boolean;
  remove(): void;
}

/**
 * A folder shaped like the repository as far as the admin sees it:
 * content/blog (copied from `posts`, folders of .md files or written
 * `extraPosts`) and public/images. With `git`, a repository on branch main
 * with one commit, for decap-server's editorial workflow.
 */
export function makeTempRepo(options: {
  readonly posts: readonly string[];
  readonly extraPosts?: readonly { readonly slug: string; readonly source: string }[];
  readonly git?: boolean;
}): TempRepo {
  // Inside the project (git-ignored), so a site build can take its content by a relative CONTENT_DIR, as the fixture site does.
  const root = tempFolder('repo-');
  const blogDir = path.join(root, 'content', 'blog');
  const imagesDir = path.join(root, 'public', 'images');
  mkdirSync(blogDir, { recursive: true });
  for (const folder of options.posts) cpSync(folder, blogDir, { recursive: true, filter: (src) => !/\.(ts|json)$/.test(src) });
  for (const post of options.extraPosts ?? []) writeFileSync(path.join(blogDir, `${post.slug}.md`), post.source);
  // The committed pictures only: the new-post spec puts an upload into public/images/ while its build runs.
  mkdirSync(imagesDir, { recursive: true });
  for (const file of execFileSync('git', ['ls-files', '-z', 'public/images'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean)) {
    cpSync(path.join(ROOT, file), path.join(imagesDir, path.basename(file)));
  }
  if (options.git) {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('-c', 'user.name=e2e', '-c', 'user.email=e2e@127.0.0.1', 'commit', '-q', '--no-gpg-sign', '-m', 'content');
    // decap-server commits as the repository's user.
    git('config', 'user.name', 'Редактор e2e');
    git('config', 'user.email', 'e2e@127.0.0.1');
  }
  return {
    root,
    blogDir,
    imagesDir,
    git: Boolean(options.git),
    remove: () => {
      rmSync(root, { recursive: true, force: true });
      removeTempParentIfEmpty();
    },
  };
}

/** The git command in a temporary repository, for asserting branches and merges. */
export function gitIn(repo: TempRepo, ...args: string[]): string {
  return execFileSync('git', args, { cwd: repo.root, encoding: 'utf8' });
}

/**
 * decap-server's port for this worker: E2E_DECAP_PORT and the next one for
 * worker 0 (fs and git mode), two more per further worker, so parallel
 * workers never share a server.
 */
export function decapPort(testInfo: TestInfo, mode: 'fs' | 'git'): number {
  const base = Number(process.env.E2E_DECAP_PORT ?? 8181);
  return base + testInfo.parallelIndex * 2 + (mode === 'git' ? 1 : 0);
}

export interface DecapServer {
  readonly port: number;
  stop(): Promise<void>;
}

/** Starts scripts/decap-server.ts over a temporary repository and waits until it answers. */
async function answers(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/v1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    });
    return response.ok;
  } catch {
    return false;
  }
}

export async function startDecapServer(repo: TempRepo, port: number): Promise<DecapServer> {
  // Someone else's server there would take our writes: never talk to it.
  if (await answers(port)) throw new Error(`port ${port} already has a decap-server; set E2E_DECAP_PORT`);
  // Its own process group, so stop() ends tsx and the node process it starts.
  const child: ChildProcess = spawn(
    path.join(ROOT, 'node_modules', '.bin', 'tsx'),
    ['scripts/decap-server.ts', '--port', String(port), '--repo', repo.root, '--mode', repo.git ? 'git' : 'fs'],
    { cwd: ROOT, detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LOG_LEVEL: 'error' } },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 30_000;
  while (!(await answers(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`decap-server on ${port} did not start: ${stderr || `exit ${child.exitCode}`}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    port,
    stop: async () => {
      if (child.exitCode !== null || child.pid === undefined) return;
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    },
  };
}

export interface AdminBackend {
  readonly repo: TempRepo;
  readonly server: DecapServer;
}

/**
 * A spec's temporary repository and decap-server over it, made before the
 * spec's tests and removed after them; the spec runs on the static project
 * only, since the admin is the same files in both outputs. Hooks the spec
 * registers after this call see both.
 */
export function adminBackendForSpec(options: Parameters<typeof makeTempRepo>[0]): AdminBackend {
  const backend: { repo?: TempRepo; server?: DecapServer } = {};
  test.beforeAll(async ({}, testInfo) => {
    test.skip(testInfo.project.name !== 'static', 'the admin is the same files in both outputs');
    backend.repo = makeTempRepo(options);
    backend.server = await startDecapServer(backend.repo, decapPort(testInfo, options.git ? 'git' : 'fs'));
  });
  test.afterAll(async () => {
    await backend.server?.stop();
    backend.repo?.remove();
  });
  return {
    get repo() {
      if (!backend.repo) throw new Error('the admin backend is made in beforeAll');
      return backend.repo;
    },
    get server() {
      if (!backend.server) throw new Error('the admin backend is made in beforeAll');
      return backend.server;
    },
  };
}

/** Opens /admin/ with decap-server as its backend and logs in (the local backend needs no account). */
export async function logIn(page: Page, server: DecapServer): Promise<void> {
  await page.goto(`/admin/?backend=${server.port}`);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByRole('link', { name: 'Статьи' }).first()).toBeVisible();
}

/** A hash route of the admin, after logIn. */
export async function openAdmin(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => (window.location.hash = hash), route);
}

/** The file-name field (its label says «(необязательный)»: it is filled from the title when left empty). */
export function fileNameField(page: Page): Locator {
  return page.locator('input[id^="fileName-field"]');
}

/** A new post's empty form, opened as an editor does: from the list, «＋ статью». */
export async function openNewPost(page: Page): Promise<void> {
  await openAdmin(page, '#/collections/blog');
  await page.getByRole('link', { name: /статью$/ }).click();
  await expect(field(page, 'Заголовок')).toHaveValue('');
  await expect(fileNameField(page)).toHaveValue('');
}

/**
 * An entry's form, loaded. Through the list: Decap keeps an open editor when
 * only the entry in the address changes.
 */
export async function openEntry(page: Page, slug: string): Promise<void> {
  await openAdmin(page, '#/collections/blog');
  await expect(page.getByText('Статьи блога.')).toBeVisible();
  await openAdmin(page, `#/collections/blog/entries/${slug}`);
  await expect(fileNameField(page)).toHaveValue(slug);
}

/** A field of the form by its label, as the editor reads it. */
export function field(page: Page, label: string): Locator {
  return page.getByLabel(label, { exact: true });
}

/** The body's raw markdown editor (Decap's markdown widget in raw mode: a contenteditable). */
export function bodyEditor(page: Page): Locator {
  return page.locator('[aria-label="markdown field"] [contenteditable="true"]');
}

/**
 * Saves with the local backend's simple publishing (decap-server's fs mode
 * has no editorial workflow): «Опубликовать» → «Опубликовать сейчас».
 */
export async function publishNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Опубликовать', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Опубликовать сейчас' }).click();
  await expect(page.getByText('Изменения сохранены', { exact: false })).toBeVisible();
}

// ---------------------------------------------------------------------------
// Reading a post as the site does

export interface ReadPost {
  /** The frontmatter as Contentlayer reads it: gray-matter (this project's YAML-only copy) with `yaml` as its parser. */
  readonly data: Record<string, unknown>;
  readonly body: string;
  /** The body's bytes as written in the file. */
  readonly bodyBytes: Buffer;
}

/** Where the body starts in the file's bytes: after the line that closes the frontmatter (as gray-matter splits). */
function bodyOffset(source: Buffer): number {
  const text = source.toString('latin1');
  const opening = /^(?:\uFEFF|\xEF\xBB\xBF)?---[ \t]*\r?\n/.exec(text);
  if (!opening) return 0;
  const close = text.indexOf('\n---', opening[0].length - 1);
  if (close === -1) return 0;
  const lineEnd = text.indexOf('\n', close + 4);
  return lineEnd === -1 ? source.length : lineEnd + 1;
}

export function readPost(file: string): ReadPost {
  const source = readFileSync(file);
  // Contentlayer's own call (@contentlayer2/source-files). Options also make
  // gray-matter parse afresh instead of handing out its cached object.
  const parsed = matter(source.toString('utf8'), { engines: { yaml: (text: string) => parse(text) as object } });
  return { data: structuredClone(parsed.data) as Record<string, unknown>, body: parsed.content, bodyBytes: source.subarray(bodyOffset(source)) };
}

/** Every field of the content model as pages use it (lib/content/model.ts). */
export function modelView(data: object): Record<PostFieldName, unknown> {
  return Object.fromEntries(POST_FIELDS.map((spec) => [spec.name, normalisedField(data, spec.name)])) as Record<PostFieldName, unknown>;
}
