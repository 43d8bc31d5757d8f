/**
 * Builds the e2e fixture site: the real posts plus test-only posts (hostile
 * input; later a larger generated corpus), into .next-fixture, served by the
 * "fixture" Playwright project. Fixture content never enters content/: it is
 * assembled in .fixture/ (git-ignored) and Contentlayer's output is rebuilt
 * from the real content afterwards.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const fixtureContent = path.join(root, '.fixture', 'content');
const sources = [path.join(root, 'content', 'blog'), path.join(root, 'tests', 'fixtures', 'content-hostile', 'blog')];

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  execFileSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
}

rmSync(path.join(root, '.fixture'), { recursive: true, force: true });
mkdirSync(path.join(fixtureContent, 'blog'), { recursive: true });
for (const source of sources) cpSync(source, path.join(fixtureContent, 'blog'), { recursive: true });

const fixtureEnv = { CONTENT_DIR: path.relative(root, fixtureContent), NEXT_DIST_DIR: '.next-fixture' };
try {
  run('npx', ['tsx', 'scripts/check-content.ts', path.join(fixtureContent, 'blog')]);
  run('npx', ['contentlayer2', 'build'], fixtureEnv);
  run('npx', ['next', 'build'], fixtureEnv);
} finally {
  // Leave .contentlayer describing the real content, whatever happened above.
  run('npx', ['contentlayer2', 'build']);
}
