/**
 * "If check:content passes, the build passes", tried on random Unicode.
 * Generates a corpus (scripts/fuzz-corpus.ts), runs the check on it, and
 * takes out every post the check rejects, after making sure each rejection
 * is explained in Russian. Whatever is left must build, in both outputs, with
 * the same steps as `npm run build` and `npm run build:static`, with the
 * network refused, and every published post must have its page and its
 * social image in both.
 *
 *   npx tsx scripts/build-fuzz-site.ts        FUZZ_SEED and FUZZ_POSTS choose the corpus
 *
 * Content is assembled in .fuzz/ (git-ignored); outputs go to .next-fuzz and
 * out-fuzz; Contentlayer's output is rebuilt from the real content afterwards.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '../lib/content/frontmatter';
import { formatProblem } from '../lib/content/problems';
import { builtSite, htmlPagesUnder } from '../build/built-site';
import { runBuildSteps, siteBuildSteps } from './build-site';
import { checkFolder } from './check-content';
import { fuzzCorpus, isPublishedPath } from './fuzz-corpus';
import { refuseNetwork } from './offline-build';

const root = path.resolve(__dirname, '..');
const contentDir = path.join(root, '.fuzz', 'content');
const blogDir = path.join(contentDir, 'blog');
const SERVER_DIST = '.next-fuzz';
const EXPORT_DIST = 'out-fuzz';

const seed = Number(process.env.FUZZ_SEED ?? 20261201);
const count = Number(process.env.FUZZ_POSTS ?? 40);
/** Fewer survivors than this and the build proves little: the generator has drifted. */
const MIN_BUILT = Math.ceil(count / 5);

function fail(message: string): never {
  console.error(`fuzz: ${message}`);
  process.exit(1);
}

/** Runs the check until it passes, taking out the rejected posts; each rejection must be explained in Russian. */
function rejectUntilClean(): { rejected: Set<string>; reasons: Map<string, string> } {
  const rejected = new Set<string>();
  const reasons = new Map<string, string>();
  // Taking a post out can break another post's link to it: check again.
  for (let round = 0; round < 5; round++) {
    const { problems } = checkFolder({ contentDir: path.relative(process.cwd(), blogDir), publicDir: path.join(root, 'public') });
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length === 0) return { rejected, reasons };
    for (const problem of problems) {
      if (!/[а-яё]/i.test(problem.message) || (problem.expected !== undefined && !/[а-яё]/i.test(problem.expected))) {
        fail(`a message is not in Russian:\n${formatProblem(problem)}`);
      }
    }
    for (const file of new Set(errors.map((p) => p.file))) {
      const relative = path.relative(contentDir, path.resolve(file)).split(path.sep).join('/');
      reasons.set(relative, formatProblem(errors.find((p) => p.file === file)!));
      rmSync(path.resolve(file));
      rejected.add(relative);
    }
  }
  return fail('the check still reports errors after five rounds');
}

const slugOf = (filePath: string) => path.posix.basename(filePath).replace(/\.md$/i, '').replace(/^\./, '');

/** Slugs of the posts that are on the site: in a published place, not drafts, published by now. */
function publishedSlugs(paths: readonly string[]): string[] {
  return paths.filter(isPublishedPath).flatMap((filePath) => {
    const { data } = parseFrontmatter(readFileSync(path.join(contentDir, filePath), 'utf8'));
    const date = typeof data.pubDate === 'string' ? Date.parse(data.pubDate) : NaN;
    return data.draft === true || !(date <= Date.now()) ? [] : [slugOf(filePath)];
  });
}

/** Every published post has its page and card; no file from a place the site does not publish from has either. */
function assertPages(dist: string, slugs: readonly string[], unpublished: readonly string[]): void {
  const site = builtSite(path.join(root, dist));
  const pages = new Set(htmlPagesUnder(site.htmlRoot).map((page) => page.split(path.sep).join('/')));
  const pageOf = (slug: string) => pages.has(`blog/${slug}.html`) || pages.has(`blog/${slug}/index.html`);
  const cardOf = (slug: string) =>
    existsSync(site.kind === 'export' ? path.join(site.htmlRoot, 'og', slug, 'image.png') : path.join(site.htmlRoot, 'og', slug, 'image.png.body'));
  for (const slug of slugs) {
    if (!pageOf(slug)) fail(`${dist}: no page for ${slug}`);
    if (!cardOf(slug)) fail(`${dist}: no social image for ${slug}`);
  }
  for (const slug of unpublished) if (pageOf(slug) || cardOf(slug)) fail(`${dist}: ${slug} is published from a place the site does not publish from`);
}

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  execFileSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
}

rmSync(path.join(root, '.fuzz'), { recursive: true, force: true });
mkdirSync(blogDir, { recursive: true });
const corpus = fuzzCorpus(seed, count);
for (const post of corpus) {
  const file = path.join(contentDir, post.path);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, post.source);
}

const { rejected, reasons } = rejectUntilClean();
const kept = corpus.map((post) => post.path).filter((filePath) => !rejected.has(filePath));
const unpublished = kept.filter((filePath) => !isPublishedPath(filePath)).map(slugOf);
console.log(
  `fuzz: seed ${seed}, ${count} posts: ${rejected.size} rejected by check:content, ${kept.length} to build (${unpublished.length} of them where the site does not publish from)`,
);
for (const [name, reason] of reasons) console.log(`  rejected ${name}: ${reason.slice(0, 200)}`);
if (kept.length < MIN_BUILT) fail(`only ${kept.length} posts passed the check; at least ${MIN_BUILT} are needed to prove the build`);
const slugs = publishedSlugs(kept);

const env = { CONTENT_DIR: path.relative(root, contentDir) };
const offline = refuseNetwork(path.join(root, '.fuzz', 'network-attempts.log'));
try {
  run('npx', ['tsx', 'scripts/build-content.ts'], env);
  runBuildSteps(siteBuildSteps({ staticExport: false, distDir: SERVER_DIST }), env);
  runBuildSteps(siteBuildSteps({ staticExport: true, distDir: EXPORT_DIST }), env);
  assertPages(SERVER_DIST, slugs, unpublished);
  assertPages(EXPORT_DIST, slugs, unpublished);
  offline.assertNoAttempts('the fuzz build');
  console.log(`fuzz: built in both outputs; ${slugs.length} published pages and social images present, none for the ${unpublished.length} others`);
} finally {
  run('npx', ['contentlayer2', 'build']);
}
