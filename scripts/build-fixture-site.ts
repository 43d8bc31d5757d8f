/**
 * Builds the e2e fixture site in both outputs: the real posts, a generated
 * corpus (support/fixture-corpus.ts), hostile posts (some with what only an
 * unchecked `npm run dev` would render) and unpublished posts (a draft and a
 * scheduled post, which no output may contain) from tests/fixtures.
 * Server build: .next-fixture; static export: out-fixture. Fixture content
 * never enters content/: it is assembled in .fixture/ (git-ignored), and
 * Contentlayer's output is rebuilt from the real content afterwards. The
 * build runs with the network refused (scripts/no-network.mjs) and fails if
 * any of its processes tried to reach it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runBuildSteps, siteBuildSteps } from './build-site';
import { fixtureCorpus, LARGE_IMAGES } from '../support/fixture-corpus';
import { noisyPhoto } from '../support/large-photo';
import { refuseNetwork } from './offline-build';

const root = path.resolve(__dirname, '..');
const fixtureBlog = path.join(root, '.fixture', 'content', 'blog');
const copied = [
  path.join(root, 'content', 'blog'),
  path.join(root, 'tests', 'fixtures', 'content-hostile', 'blog'),
  path.join(root, 'tests', 'fixtures', 'content-unpublished', 'blog'),
];

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  execFileSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
}

rmSync(path.join(root, '.fixture'), { recursive: true, force: true });
mkdirSync(fixtureBlog, { recursive: true });
for (const source of copied) cpSync(source, fixtureBlog, { recursive: true });
for (const post of fixtureCorpus()) writeFileSync(path.join(fixtureBlog, `${post.slug}.md`), post.source);

/**
 * The fixture's large pictures, generated (not committed) into public/, where
 * Next and the images step find them: public/images/fixture/, git-ignored. They
 * stay after the build, since the fixture's server build serves public/ at
 * run time; a later real build's images step converts them too (from the cache).
 */
async function writeLargeImages(): Promise<void> {
  const dir = path.join(root, 'public', 'images', 'fixture');
  mkdirSync(dir, { recursive: true });
  for (const image of [LARGE_IMAGES.hero, LARGE_IMAGES.body]) {
    const file = path.join(root, 'public', image.src);
    if (!existsSync(file)) writeFileSync(file, await noisyPhoto(image.width, image.height));
  }
}

const offline = refuseNetwork(path.join(root, '.fixture', 'network-attempts.log'));

/**
 * What check:content refuses but `npm run dev` renders anyway (it runs no
 * check): each tests/fixtures/content-hostile/unchecked/<slug>.schema.json
 * is added to that post's inline `schema` after the check has passed it, so
 * e2e sees whether the pages' own defences (lib/seo/editor-schema.ts) hold.
 * Spliced into the line as text: the post's own escapes stay as written.
 */
function addUncheckedSchemas(): number {
  const dir = path.join(root, 'tests', 'fixtures', 'content-hostile', 'unchecked');
  const files = readdirSync(dir).filter((name) => name.endsWith('.schema.json'));
  for (const name of files) {
    const post = path.join(fixtureBlog, name.replace(/\.schema\.json$/, '.md'));
    const extra = JSON.stringify(JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
    const source = readFileSync(post, 'utf8');
    const spliced = source.replace(/^(schema: \{.*)\}$/m, (_, head: string) => `${head},${extra.slice(1)}`);
    if (spliced === source) throw new Error(`${post}: no one-line schema: {…} to add ${name} to`);
    writeFileSync(post, spliced);
  }
  return files.length;
}

async function main(): Promise<void> {
  await writeLargeImages();
  const content = { CONTENT_DIR: path.relative(root, path.dirname(fixtureBlog)) };
  try {
    // The same content stage as npm run build: the check gates Contentlayer.
    run('npx', ['tsx', 'scripts/build-content.ts'], content);
    if (addUncheckedSchemas()) run('npx', ['contentlayer2', 'build'], content);
    // Small search shards, so the e2e search tests run against a merged, sharded index.
    const env = { ...content, SEARCH_SHARD_PAGES: '8' };
    runBuildSteps(siteBuildSteps({ staticExport: false, distDir: '.next-fixture' }), env);
    runBuildSteps(siteBuildSteps({ staticExport: true, distDir: 'out-fixture' }), env);
    offline.assertNoAttempts('the fixture build');
  } finally {
    // Leave .contentlayer describing the real content, whatever happened above.
    run('npx', ['contentlayer2', 'build']);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
