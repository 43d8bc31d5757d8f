import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { contentFileProblem, listMarkdownFiles, readPostSource, scanContentFolder, unpublishedReason } from './content-files';

describe('scanContentFolder: what the site publishes, decided as Contentlayer decides it', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-files-'));
  const outside = mkdtempSync(path.join(tmpdir(), 'content-files-outside-'));
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
  const post = '---\ntitle: T\n---\n';
  mkdirSync(path.join(dir, 'sub'));
  mkdirSync(path.join(dir, '.hidden'));
  mkdirSync(path.join(dir, 'folder.md'));
  writeFileSync(path.join(outside, 'linked.md'), post);
  for (const name of ['b.md', 'sub/c.md', 'folder.md/d.md', 'a.MD', 'e.markdown', 'f.md ', '.g.md', '.hidden/h.md', 'notes.txt']) {
    writeFileSync(path.join(dir, name), post);
  }
  symlinkSync(outside, path.join(dir, 'linked-folder'));
  symlinkSync(path.join(outside, 'linked.md'), path.join(dir, 'linked.md'));
  symlinkSync(path.join(dir, 'missing-target.md'), path.join(dir, 'broken.md'));
  symlinkSync(outside, path.join(dir, 'folder-link.md'));
  const entries = scanContentFolder(dir);
  const kindOf = (name: string) => entries.find((entry) => entry.file === path.join(dir, name))?.kind;

  test('posts: regular .md files in visible folders, a folder named *.md included', () => {
    assert.deepEqual(listMarkdownFiles(dir), [path.join(dir, 'b.md'), path.join(dir, 'folder.md', 'd.md'), path.join(dir, 'sub', 'c.md')]);
  });

  test('symlinks are reported, never followed: to a folder, to a file, broken, named *.md', () => {
    for (const name of ['linked-folder', 'linked.md', 'broken.md', 'folder-link.md']) assert.equal(kindOf(name), 'symlink', name);
    assert.ok(!entries.some((entry) => entry.file.includes(`linked-folder${path.sep}`)));
  });

  test('every other file is reported as not published', () => {
    for (const name of ['a.MD', 'e.markdown', 'f.md ', '.g.md', '.hidden/h.md', 'notes.txt']) assert.equal(kindOf(name), 'unpublished', name);
    assert.equal(entries.length, 13);
  });

  test('a missing folder has no files', () => {
    assert.deepEqual(scanContentFolder(path.join(dir, 'missing')), []);
  });

  test('problems: a symlink is an error, an unpublished file a warning that says why', () => {
    const link = entries.find((entry) => entry.kind === 'symlink')!;
    assert.equal(contentFileProblem(link, 'content/blog/x')?.severity, 'error');
    const hidden = entries.find((entry) => entry.file.endsWith('h.md'))!;
    const problem = contentFileProblem(hidden, 'content/blog/.hidden/h.md');
    assert.equal(problem?.severity, 'warning');
    assert.match(problem?.message ?? '', /не будет опубликован: файл лежит в скрытой папке «\.hidden»/);
    assert.equal(contentFileProblem({ kind: 'post', file: 'x.md' }, 'content/blog/x.md'), null);
  });
});

test('unpublishedReason names each kind of near miss', () => {
  assert.equal(unpublishedReason('post.md'), null);
  assert.match(unpublishedReason('post.md ') ?? '', /пробел/);
  assert.match(unpublishedReason('post.MD') ?? '', /заглавными/);
  assert.match(unpublishedReason('post.markdown') ?? '', /только из файлов с расширением \.md/);
  assert.match(unpublishedReason('.post.md') ?? '', /начинается с точки/);
  assert.match(unpublishedReason('photo.jpg') ?? '', /это не статья/);
});

describe('readPostSource', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-read-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('CRLF and a BOM read as the LF text', () => {
    writeFileSync(path.join(dir, 'crlf.md'), '\uFEFF---\r\ntitle: "Т"\r\n---\r\nТекст\r\n');
    assert.deepEqual(readPostSource(path.join(dir, 'crlf.md'), 'content/blog/crlf.md'), { source: '---\ntitle: "Т"\n---\nТекст\n' });
  });

  test('a Windows-1251 file is an error with the line and a hint, not mojibake', () => {
    // "---\ntitle: Уборка\n---" with «Уборка» in Windows-1251.
    const bytes = Buffer.concat([Buffer.from('---\ntitle: '), Buffer.from([0xd3, 0xe1, 0xee, 0xf0, 0xea, 0xe0]), Buffer.from('\n---\n')]);
    writeFileSync(path.join(dir, 'cp1251.md'), bytes);
    const { problem } = readPostSource(path.join(dir, 'cp1251.md'), 'content/blog/cp1251.md');
    assert.equal(problem?.severity, 'error');
    assert.equal(problem?.line, 2);
    assert.match(problem?.message ?? '', /Windows-1251/);
    assert.match(problem?.expected ?? '', /UTF-8/);
  });
});
