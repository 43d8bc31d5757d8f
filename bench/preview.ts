/**
 * `npm run bench:preview`: how long an editor waits, in `npm run dev`, between
 * saving a post and seeing it in the browser — on the post page and on the
 * listing, with no reload and no restart. It also checks that a draft shows
 * its «Черновик» banner in the preview.
 *
 * It copies the real posts plus the test-only draft and scheduled post into
 * .preview/ (git-ignored), runs the real `npm run dev` against them, drives the
 * system Chromium, edits one post N times and prints each time and the median.
 * Afterwards .contentlayer is rebuilt from the real content.
 *
 *   tsx bench/preview.ts [--runs 5] [--port 3900]
 *
 * Exits non-zero when the preview does not update within 30 s or the banner is
 * missing: that is a broken preview, not a slow one.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/chromium';
import { waitForHttp } from '../support/production-server';
import { median } from '../support/stats';

const root = path.resolve(__dirname, '..');
const previewBlog = path.join(root, '.preview', 'content', 'blog');
/** The post edited on each run: its title is its headline and its card's heading. */
const EDITED = 'investicii-arenda';
const UPDATE_TIMEOUT_MS = 30_000;

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, port: { type: 'string', default: '3900' } } });
const runs = Number(values.runs);
// localhost, not 127.0.0.1: next dev refuses its HMR socket to other origins (allowedDevOrigins).
const origin = `http://localhost:${values.port}`;

rmSync(path.join(root, '.preview'), { recursive: true, force: true });
mkdirSync(previewBlog, { recursive: true });
for (const dir of ['content/blog', 'tests/fixtures/content-unpublished/blog']) cpSync(path.join(root, dir), previewBlog, { recursive: true });
const editedFile = path.join(previewBlog, `${EDITED}.md`);

const dev = spawn('npm', ['run', 'dev'], {
  cwd: root,
  env: { ...process.env, CONTENT_DIR: path.relative(root, path.dirname(previewBlog)), PORT: values.port, NEXT_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
let devLog = '';
dev.stdout.on('data', (chunk: Buffer) => (devLog += chunk.toString()));
dev.stderr.on('data', (chunk: Buffer) => (devLog += chunk.toString()));

async function main(): Promise<void> {
  const started = performance.now();
  await waitForHttp(`${origin}/`, { server: dev, timeoutMs: 120_000, what: 'npm run dev' });
  console.log(`dev server up and the home page compiled in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: [...CHROMIUM_ARGS] });
  try {
    const context = await browser.newContext();
    // Offline: remote hero images are not needed to measure text updates.
    await context.route((url) => !['127.0.0.1', 'localhost'].includes(url.hostname), (route) => route.abort());

    const draft = await context.newPage();
    await draft.goto(`${origin}/blog/chernovik-fikstury/`);
    const banner = await draft.getByRole('status').filter({ hasText: 'Черновик.' }).count();
    if (banner !== 1) throw new Error('the draft has no «Черновик» banner in the preview');
    console.log('draft: «Черновик» banner shown');

    const post = await context.newPage();
    const listing = await context.newPage();
    await post.goto(`${origin}/blog/${EDITED}/`);
    await listing.goto(`${origin}/`);

    const original = readFileSync(editedFile, 'utf8');
    const postTimes: number[] = [];
    const listingTimes: number[] = [];
    try {
      for (let run = 1; run <= runs; run++) {
        const marker = `Правка ${run}-${Date.now()}`;
        const saved = performance.now();
        writeFileSync(editedFile, original.replace(/^title: .*$/m, `title: "${marker}"`));
        const shows = (page: typeof post) =>
          page.waitForFunction((text) => document.body.innerText.includes(text), marker, { timeout: UPDATE_TIMEOUT_MS });
        await Promise.all([
          shows(post).then(() => postTimes.push(performance.now() - saved)),
          shows(listing).then(() => listingTimes.push(performance.now() - saved)),
        ]);
        console.log(`run ${run}: post page ${postTimes.at(-1)!.toFixed(0)} ms, listing ${listingTimes.at(-1)!.toFixed(0)} ms`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    } finally {
      writeFileSync(editedFile, original);
    }
    console.log(
      `save → updated page, median of ${runs}: post page ${median(postTimes).toFixed(0)} ms, listing ${median(listingTimes).toFixed(0)} ms ` +
        `(max ${Math.max(...postTimes, ...listingTimes).toFixed(0)} ms)`,
    );
  } finally {
    await browser.close();
  }
}

main()
  .catch((error: unknown) => {
    console.error(devLog.split('\n').slice(-30).join('\n'));
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(async () => {
    try {
      process.kill(-dev.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    // `contentlayer2 dev` may still be writing .contentlayer after the signal; a build beside it can fail.
    await groupExited(dev.pid!, 15_000);
    rmSync(path.join(root, '.preview'), { recursive: true, force: true });
    restoreContentlayer();
  });

/** Waits until no process of the dev server's group is left, or the time is up. */
async function groupExited(pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(-pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // gone meanwhile
  }
}

/** Leaves .contentlayer describing the real content; a half-written cache from the dev run is dropped and rebuilt. */
function restoreContentlayer(): void {
  const build = () => execFileSync('npx', ['contentlayer2', 'build'], { cwd: root, stdio: 'pipe' });
  try {
    build();
  } catch (error) {
    const output = error && typeof error === 'object' && 'stderr' in error ? String(error.stderr) : String(error);
    console.error(`contentlayer2 build after the dev run failed; rebuilding from scratch:\n${output.slice(-2000)}`);
    rmSync(path.join(root, '.contentlayer'), { recursive: true, force: true });
    build();
  }
}
