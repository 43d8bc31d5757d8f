/**
 * No stage that reads content runs what a content file says, and every stage
 * reads a Windows file as its LF twin. Each stage runs for real over a content
 * folder of hostile files: the check, `contentlayer2 build` (also the first
 * half of `npm run dev`), the content stage of `npm run build` and
 * `build:static` (scripts/build-content.ts), and `contentlayer2 dev`, the
 * watch mode of `npm run dev`, with a file added while it watches. Next itself
 * never parses front matter: it reads Contentlayer's JSON.
 *
 * Contentlayer writes .contentlayer/ into its working folder (process.env.PWD
 * before process.cwd(): both are set), so the stages run in a scratch copy of the project (config, lib, scripts; node_modules linked)
 * and never touch the real build's output.
 *
 *   npx tsx --test scripts/content-stages.test.ts
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
// This project's gray-matter first: loading it is what empties the upstream's engine table.
import matter from 'gray-matter';
import upstream from 'gray-matter-upstream';

const ROOT = path.resolve(__dirname, '..');

/** The payload of each front-matter language: it would create `marker` if it ever ran. */
function payloads(markerDir: string): Record<string, string> {
  const run = (name: string) => `require('fs').writeFileSync(${JSON.stringify(path.join(markerDir, name))}, 'ran')`;
  const object = (name: string) => `{ title: (${run(name)}, 'Обычная статья'), description: 'd', pubDate: '2025-01-01' }`;
  return {
    'yazyk-js.md': `---js\n${object('js')}\n---\nТекст\n`,
    'yazyk-javascript.md': `---javascript\n${object('javascript')}\n---\nТекст\n`,
    'yazyk-probel-js.md': `--- js\n${object('space-js')}\n---\nТекст\n`,
    'yazyk-zaglavnye.md': `---JS\n${object('upper-js')}\n---\nТекст\n`,
    'yazyk-js-crlf.md': `---js\r\n${object('js-crlf')}\r\n---\r\nТекст\r\n`,
    'yazyk-coffee.md': `---coffee\ntitle: (${run('coffee')}; 'x')\n---\nТекст\n`,
    'yazyk-json.md': `;;;\n{ "title": "x", "description": "d", "pubDate": "2025-01-01" }\n;;;\nТекст\n`,
  };
}

const CLEAN_POST = `---
title: "Как мыть окна зимой"
description: "Короткая статья для проверки стадий сборки."
pubDate: "2025-02-01"
keywords: "окна, зима"
---

## Подготовка

Текст статьи.
`;

interface Project {
  readonly dir: string;
  readonly markers: string;
  run(command: string, args: string[], contentDir: string): { status: number | null; output: string };
}

/** A scratch copy of the project that Contentlayer can write its output into. */
function scratchProject(): Project {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-stages-'));
  for (const entry of ['contentlayer.config.ts', 'package.json', 'tsconfig.json', 'lib', 'scripts']) {
    cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  const markers = path.join(dir, 'markers');
  mkdirSync(markers);
  return {
    dir,
    markers,
    run(command, args, contentDir) {
      const result = spawnSync(path.join(dir, 'node_modules', '.bin', command), args, {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, PWD: dir, CONTENT_DIR: contentDir, SITE_URL: '' },
        timeout: 120_000,
      });
      return { status: result.status, output: `${result.stdout}${result.stderr}` };
    },
  };
}

function writePosts(dir: string, posts: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(posts)) writeFileSync(path.join(dir, name), text);
}

describe('front matter in another language than YAML never runs', () => {
  let project: Project;
  let hostile: Record<string, string>;
  before(() => {
    project = scratchProject();
    hostile = payloads(project.markers);
    writePosts(path.join(project.dir, 'hostile', 'blog'), { 'obychnaya.md': CLEAN_POST, ...hostile });
  });
  after(() => rmSync(project.dir, { recursive: true, force: true }));
  const markersLeft = () => readdirSync(project.markers);

  test('control: the payload is live — the original gray-matter runs it', () => {
    // In a process that never loads this project's gray-matter, the upstream
    // package still has its JavaScript engine: proof the payloads would run.
    const script = `require('gray-matter-upstream')(require('fs').readFileSync(process.argv[1], 'utf8'))`;
    const file = path.join(project.dir, 'hostile', 'blog', 'yazyk-js.md');
    const result = spawnSync(process.execPath, ['-e', script, file], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(markersLeft(), ['js']);
    rmSync(path.join(project.markers, 'js'));
  });

  test("this project's gray-matter refuses every language, directly and through its engine table", () => {
    for (const [name, text] of Object.entries(hostile)) {
      if (name === 'yazyk-json.md') continue; // `;;;` is no fence for gray-matter: the file simply has no fields.
      assert.throws(() => matter(text), /только на YAML/, name);
      assert.throws(() => matter(text, { language: 'javascript', engines: { javascript: (code: string) => ({ code }) } }), /только на YAML/, name);
      assert.throws(() => upstream(text), /not registered/, name);
    }
    // gray-matter's types leave out its engine table.
    assert.deepEqual(Object.keys((upstream as unknown as { engines: object }).engines), ['yaml']);
    assert.deepEqual(matter('---\ntitle: x\n---\n').data, { title: 'x' });
    assert.deepEqual(markersLeft(), []);
  });

  test('check:content names every such file with its own message', () => {
    const { status, output } = project.run('tsx', ['scripts/check-content.ts', 'hostile/blog'], 'hostile');
    assert.equal(status, 1, output);
    for (const name of Object.keys(hostile)) {
      assert.match(output, new RegExp(`hostile/blog/${name}:1 frontmatter: .*блок полей открыт не строкой ---`), name);
    }
    assert.doesNotMatch(output, /obychnaya\.md/);
    assert.deepEqual(markersLeft(), []);
  });

  test('contentlayer2 build (npm run dev starts with it) fails and runs nothing', () => {
    const { status, output } = project.run('contentlayer2', ['build'], 'hostile');
    assert.notEqual(status, 0, output);
    assert.match(output, /yazyk-js\.md/);
    assert.deepEqual(markersLeft(), []);
  });

  test('the content stage of npm run build and build:static fails with the check and runs nothing', () => {
    const { status, output } = project.run('tsx', ['scripts/build-content.ts'], 'hostile');
    assert.equal(status, 1, output);
    assert.match(output, /hostile\/blog\/yazyk-js\.md:1 frontmatter/);
    assert.deepEqual(markersLeft(), []);
  });

  test('contentlayer2 dev (the watch mode of npm run dev) runs nothing from a file added while it watches', async () => {
    const watched = path.join(project.dir, 'watched');
    writePosts(path.join(watched, 'blog'), { 'obychnaya.md': CLEAN_POST });
    const child = spawn(path.join(project.dir, 'node_modules', '.bin', 'contentlayer2'), ['dev'], {
      cwd: project.dir,
      env: { ...process.env, PWD: project.dir, CONTENT_DIR: 'watched' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    const seen = (pattern: RegExp, timeoutMs: number) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${output}`)), timeoutMs);
        const onData = (chunk: Buffer) => {
          output += chunk.toString('utf8');
          if (pattern.test(output)) {
            clearTimeout(timer);
            resolve();
          }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
      });
    try {
      await seen(/Generated \d+ documents?/, 60_000);
      writeFileSync(path.join(watched, 'blog', 'yazyk-js.md'), hostile['yazyk-js.md']!);
      // Contentlayer logs the update, then the document's error.
      await seen(/yazyk-js\.md[\s\S]*только на YAML/, 30_000);
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
    }
    assert.deepEqual(markersLeft(), []);
  });
});

test('every package that reads front matter gets this project\'s gray-matter', () => {
  // The eval engine survives only in gray-matter-upstream, a name no dependency asks for.
  const ours = require.resolve('gray-matter');
  assert.match(ours, /packages[\\/]gray-matter-yaml-only[\\/]index\.js$/);
  for (const consumer of ['@contentlayer2/source-files', '@contentlayer2/core', 'mdx-bundler']) {
    const from = path.join(ROOT, 'node_modules', consumer);
    assert.ok(existsSync(path.join(from, 'package.json')), consumer);
    assert.equal(require.resolve('gray-matter', { paths: [from] }), ours, consumer);
  }
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dependencies?: Record<string, string> }> };
  const askers = Object.entries(lock.packages).filter(([, pkg]) => pkg.dependencies && 'gray-matter-upstream' in pkg.dependencies);
  assert.deepEqual(askers.map(([name]) => name), ['']);
});

describe('Contentlayer publishes only what the check reads', () => {
  let project: Project;
  before(() => {
    project = scratchProject();
    const typed = CLEAN_POST.replace('---\n', '---\ntype: Post\n');
    writePosts(path.join(project.dir, 'scope', 'blog'), {
      'obychnaya.md': CLEAN_POST,
      'mdx-s-tipom.mdx': typed,
      // Found by the fuzz corpus: Contentlayer parsed these (and failed) though no type takes them.
      'slomannyy.mdx': '---\u3000\ntitle: x\n---\n',
      'dannye.json': '{ не JSON',
      'dannye.yaml': 'a: [\n',
    });
    // Outside content/blog, where the check never looks.
    writePosts(path.join(project.dir, 'scope'), { 'vne-bloga.md': typed });
    writePosts(path.join(project.dir, 'scope', 'drugoe'), { 'v-drugoy-papke.md': typed });
  });
  after(() => rmSync(project.dir, { recursive: true, force: true }));

  test('no post from outside blog/, no .mdx even with `type: Post`, and files no type takes are not even read', () => {
    const { status, output } = project.run('contentlayer2', ['build'], 'scope');
    assert.equal(status, 0, output);
    const generated = readdirSync(path.join(project.dir, '.contentlayer', 'generated', 'Post')).filter((name) => !name.startsWith('_index'));
    assert.deepEqual(generated, ['blog__obychnaya.md.json']);
  });

  test('the check warns that the .mdx file will not be published', () => {
    const { output } = project.run('tsx', ['scripts/check-content.ts', 'scope/blog'], 'scope');
    assert.match(output, /scope\/blog\/mdx-s-tipom\.mdx файл: .*не будет опубликован/);
  });

  test('a `type` field is an unknown field for the check, and the build refuses it too', () => {
    writePosts(path.join(project.dir, 'typed', 'blog'), { 'obychnaya.md': CLEAN_POST.replace('---\n', '---\ntype: Post\n') });
    const checked = project.run('tsx', ['scripts/check-content.ts', 'typed/blog'], 'typed');
    assert.equal(checked.status, 1);
    assert.match(checked.output, /obychnaya\.md:2 type: «Post» — неизвестное поле/);
    assert.notEqual(project.run('contentlayer2', ['build'], 'typed').status, 0);
  });
});

describe('a file saved on Windows (CRLF, BOM) is read as its LF twin at every stage', () => {
  let project: Project;
  before(() => {
    project = scratchProject();
    const seed = readFileSync(path.join(ROOT, 'content', 'blog', 'doverie-klientov.md'), 'utf8');
    writePosts(path.join(project.dir, 'windows', 'blog'), {
      'lf.md': seed,
      'crlf.md': `\uFEFF${seed.replace(/\n/g, '\r\n')}`,
    });
  });
  after(() => rmSync(project.dir, { recursive: true, force: true }));

  test('check:content reports the same for both', () => {
    const { status, output } = project.run('tsx', ['scripts/check-content.ts', 'windows/blog'], 'windows');
    // The seed's links point at posts that are not in this folder: the same problems in both files.
    const problemsOf = (name: string) =>
      output
        .split('\n')
        .filter((line) => line.startsWith(`windows/blog/${name}:`))
        .map((line) => line.slice(`windows/blog/${name}`.length));
    assert.equal(status, 1);
    assert.ok(problemsOf('lf.md').length > 0, output);
    assert.deepEqual(problemsOf('crlf.md'), problemsOf('lf.md'));
  });

  test('Contentlayer generates the same document for both', () => {
    const { status, output } = project.run('contentlayer2', ['build'], 'windows');
    assert.equal(status, 0, output);
    const generated = path.join(project.dir, '.contentlayer', 'generated', 'Post');
    const read = (name: string) => {
      const doc = JSON.parse(readFileSync(path.join(generated, `blog__${name}.json`), 'utf8')) as Record<string, unknown>;
      // Only where the file is, its name and its digest may differ.
      const { _id, _raw, slug, url, ...fields } = doc as { _id: unknown; _raw: unknown; slug: unknown; url: unknown };
      void _id;
      void _raw;
      void slug;
      void url;
      return fields;
    };
    assert.ok(existsSync(path.join(generated, 'blog__crlf.md.json')));
    assert.deepEqual(read('crlf.md'), read('lf.md'));
    assert.doesNotMatch(JSON.stringify(read('crlf.md')), /\\r|\\ufeff/i);
  });
});
