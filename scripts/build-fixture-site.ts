/**
 * Builds the e2e fixture site in both outputs: the real posts, a generated
 * corpus (scripts/fixture-corpus.ts), hostile posts and unpublished posts (a
 * draft and a scheduled post, which no output may contain) from tests/fixtures.
 * Server build: .next-fixture; static export: out-fixture. Fixture content
 * never enters content/: it is assembled in .fixture/ (git-ignored), and
 * Contentlayer's output is rebuilt from the real content afterwards. The
 * build runs with the network refused (scripts/no-network.mjs) and fails if
 * any of its processes tried to reach it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runBuildSteps, siteBuildSteps } from './build-site';
import { fixtureCorpus } from './fixture-corpus';

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

const networkLog = path.join(root, '.fixture', 'network-attempts.log');
// Every process of the build inherits the trap; telemetry would be its only (harmless) customer.
process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS ?? '', '--import', JSON.stringify(pathToFileURL(path.join(root, 'scripts', 'no-network.mjs')).href)].join(' ').trim();
process.env.NO_NETWORK_LOG = networkLog;
process.env.NEXT_TELEMETRY_DISABLED = '1';

const content = { CONTENT_DIR: path.relative(root, path.dirname(fixtureBlog)) };
try {
  // The same content stage as npm run build: the check gates Contentlayer.
  run('npx', ['tsx', 'scripts/build-content.ts'], content);
  // Small search shards, so the e2e search tests run against a merged, sharded index.
  const env = { ...content, SEARCH_SHARD_PAGES: '8' };
  runBuildSteps(siteBuildSteps({ staticExport: false, distDir: '.next-fixture' }), env);
  runBuildSteps(siteBuildSteps({ staticExport: true, distDir: 'out-fixture' }), env);
  if (existsSync(networkLog)) {
    throw new Error(`the fixture build tried to reach the network:\n${readFileSync(networkLog, 'utf8')}`);
  }
} finally {
  // Leave .contentlayer describing the real content, whatever happened above.
  run('npx', ['contentlayer2', 'build']);
}
