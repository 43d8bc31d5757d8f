import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const root = path.resolve(__dirname, '..');
const TOOLING = ['e2e', 'bench', 'scripts', 'support'] as const;
/**
 * The imports across tooling folders that are not shared helpers: the
 * benchmark times the real build, and the admin's new-post spec builds a site
 * from what the admin wrote, with the steps scripts/build-site.ts defines.
 */
const ALLOWED = new Set(['bench/run.ts -> scripts/build-site', 'e2e/admin-post.spec.ts -> scripts/build-site']);

function importsOf(file: string): string[] {
  const source = readFileSync(path.join(root, file), 'utf8');
  return [...source.matchAll(/(?:^|\s)(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/gm)].map((match) =>
    path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1]!)),
  );
}

test('e2e, bench and scripts share helpers through support/, not through each other', () => {
  const crossings: string[] = [];
  for (const folder of TOOLING) {
    const files = readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|tsx|mjs)$/.test(file) && !file.split(path.sep).includes('node_modules'))
      .map((file) => path.posix.join(folder, file.split(path.sep).join('/')));
    for (const file of files) {
      for (const target of importsOf(file)) {
        const into = target.split('/')[0];
        const crossing = `${file} -> ${target}`;
        const isTooling = (TOOLING as readonly string[]).includes(into ?? '');
        // support/ may import lib/ but no tooling folder; the others may import support/ and lib/.
        if (into !== folder && isTooling && (folder === 'support' || into !== 'support') && !ALLOWED.has(crossing)) {
          crossings.push(crossing);
        }
      }
    }
  }
  assert.deepEqual(crossings, []);
});
