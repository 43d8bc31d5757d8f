import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { createHash } from 'node:crypto';
import { buildIdOf, compareOutputs, firstDifference, isCompared, isFlightFile, readOutput, withOwnScriptHashesReplaced } from './compare-builds';

test('flight files are told from pages and feeds in both outputs', () => {
  for (const file of ['index.txt', 'blog/x/index.txt', 'blog/x/__next.blog.$d$slug.__PAGE__.txt', '__next._tree.txt']) assert.ok(isFlightFile('export', file), file);
  for (const file of ['robots.txt', 'blog/x/index.html', 'rss.xml', 'abc123.txt']) assert.ok(!isFlightFile('export', file), file);
  for (const file of ['server/app/index.rsc', 'server/app/blog/x.segments/_tree.segment.rsc', 'server/app/blog/x.segments/blog/$d$slug/__PAGE__.segment.rsc']) {
    assert.ok(isFlightFile('server', file), file);
  }
  for (const file of ['server/app/index.html', 'server/app/robots.txt.body', 'server/app/blog/x.meta']) assert.ok(!isFlightFile('server', file), file);
});

test('compiled code and the compiler state are not compared; served files are', () => {
  assert.ok(isCompared('export', 'blog/x/index.html'));
  assert.ok(isCompared('export', '_next/static/pagefind/pagefind-entry.json'));
  assert.ok(!isCompared('export', '_next/static/chunks/0abc.js'));
  assert.ok(isCompared('server', 'server/app/blog/x.html'));
  assert.ok(isCompared('server', 'static/pagefind/pagefind-entry.json'));
  assert.ok(!isCompared('server', 'server/app/page.js'));
  assert.ok(!isCompared('server', 'static/chunks/0abc.js'));
  assert.ok(!isCompared('server', 'trace'));
  assert.ok(!isCompared('server', 'cache/images/x'));
});

test('two builds that differ only in the build ID compare equal; a changed page is shown where it parts', () => {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'compare-builds-'));
  try {
    const make = (name: string, id: string, body: string) => {
      const dir = path.join(temp, name);
      mkdirSync(path.join(dir, '_next', 'static', id), { recursive: true });
      mkdirSync(path.join(dir, 'blog', 'x'), { recursive: true });
      writeFileSync(path.join(dir, '_next', 'static', id, '_buildManifest.js'), `self.__BUILD_MANIFEST={id:"${id}"}`);
      writeFileSync(path.join(dir, 'blog', 'x', 'index.html'), `<html><script>"b":"${id}"</script>${body}</html>`);
      writeFileSync(path.join(dir, 'blog', 'x', 'index.txt'), `flight ${id}`);
      const bundle = id.slice(0, 8).toLowerCase();
      mkdirSync(path.join(dir, '_next', 'static', 'pagefind', bundle), { recursive: true });
      writeFileSync(path.join(dir, '_next', 'static', 'pagefind', bundle, 'pagefind.js'), 'search');
      mkdirSync(path.join(dir, 'search'), { recursive: true });
      writeFileSync(path.join(dir, 'search', 'index.html'), `<script>"/_next/static/pagefind/${bundle}/pagefind.js"</script>`);
      return dir;
    };
    const a = readOutput(make('a', 'AAAAAAAAAAAAAAAAAAAAA', '<p>Текст</p>'), 'export');
    const b = readOutput(make('b', 'BBBBBBBBBBBBBBBBBBBBB', '<p>Текст</p>'), 'export');
    assert.deepEqual(compareOutputs('export', a, b), []);
    const c = readOutput(make('c', 'CCCCCCCCCCCCCCCCCCCCC', '<p>Другой</p>'), 'export');
    c.delete('blog/x/index.txt');
    const differences = compareOutputs('export', a, c);
    assert.deepEqual(
      differences.map((d) => [d.kind, d.file]),
      [
        ['changed', 'blog/x/index.html'],
        ['removed', 'blog/x/index.txt'],
      ],
    );
    assert.ok(differences[1]?.kind === 'removed' && differences[1].flight);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
});

test('the first difference is cut around the passage that parts', () => {
  const shown = firstDifference(`${'a'.repeat(500)}<h2 id="x">${'b'.repeat(500)}`, `${'a'.repeat(500)}<h2 id="x-1">${'b'.repeat(500)}`, 10);
  assert.equal(shown.before, 'a<h2 id="x">bbbbbbbb');
  assert.equal(shown.after, 'a<h2 id="x-1">bbbbbbbb');
});

test("a CSP hash is a placeholder only when it is the hash of one of the page's own inline scripts", () => {
  const script = 'console.log(1)';
  const hash = createHash('sha256').update(script).digest('base64');
  const page = (scriptText: string, hashes: string) => `<meta http-equiv="Content-Security-Policy" content="script-src 'self' ${hashes}"><script>${scriptText}</script><script src="/x.js"></script>`;
  assert.equal(
    withOwnScriptHashesReplaced(page(script, `'sha256-${hash}'`)),
    page(script, "'sha256-<own inline script>'"),
  );
  const stale = `'sha256-${createHash('sha256').update('other').digest('base64')}'`;
  assert.equal(withOwnScriptHashesReplaced(page(script, stale)), page(script, stale));
});

test('a flight file left empty is told apart from a changed page', () => {
  const before = new Map([
    ['server/app/blog/x.rsc', Buffer.from('flight')],
    ['server/app/blog/x.html', Buffer.from('<p>a</p>')],
  ]);
  const after = new Map([
    ['server/app/blog/x.rsc', Buffer.alloc(0)],
    ['server/app/blog/x.html', Buffer.alloc(0)],
  ]);
  assert.deepEqual(
    compareOutputs('server', before, after).map((d) => [d.kind, d.file]),
    [
      ['changed', 'server/app/blog/x.html'],
      ['emptied', 'server/app/blog/x.rsc'],
    ],
  );
});

test("an export's build ID is found in kept flight data when its manifests are gone", () => {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'compare-builds-'));
  try {
    mkdirSync(path.join(temp, '_next', 'static', 'chunks'), { recursive: true });
    mkdirSync(path.join(temp, 'search'), { recursive: true });
    writeFileSync(path.join(temp, 'search', 'index.txt'), '0:{"b":"AUr23S8fjclI-oUP9wLA4","t":{}}');
    assert.equal(buildIdOf(temp, 'export'), 'AUr23S8fjclI-oUP9wLA4');
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
});
