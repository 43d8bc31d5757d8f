import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../lib/content/problems';
import { BROKEN_DIR, BROKEN_FILE_COUNT, BROKEN_PUBLIC_DIR, EXPECTED } from '../tests/fixtures/content-broken/expected';
import { summaryLine } from './check-content';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Runs the checker the way `npm run check:content` does, from the repository root. */
function runChecker(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: '' },
  });
  return { status: result.status, lines: result.stderr.split('\n').filter(Boolean), stdout: result.stdout };
}

test('one run over the broken corpus reports every problem at once and exits 1', () => {
  const { status, lines } = runChecker(BROKEN_DIR, '--public', BROKEN_PUBLIC_DIR);
  const expected = EXPECTED.flatMap((c) => c.problems);
  const errors = expected.filter((p) => p.severity === 'error').length;
  const summary = lines.pop();
  assert.equal(status, 1);
  assert.deepEqual([...lines].sort(), expected.map(formatProblem).sort());
  assert.equal(summary, summaryLine(BROKEN_FILE_COUNT, errors, expected.length - errors));
  assert.equal(summary, 'Проверено 46 статей: 57 ошибок, 8 предупреждений.');
  // Errors first, then warnings.
  const firstWarning = lines.findIndex((line) => line.includes('символов ('));
  assert.equal(firstWarning, errors);
});

test('problems are sorted by file and line within errors', () => {
  const { lines } = runChecker(BROKEN_DIR, '--public', BROKEN_PUBLIC_DIR);
  const errorLines = lines.slice(0, 27);
  const key = (line: string) => {
    const m = /^(.+?\.(?:md|markdown))(?::(\d+))? /.exec(line);
    return [m?.[1] ?? '', Number(m?.[2] ?? 0)] as const;
  };
  for (let i = 1; i < errorLines.length; i++) {
    const [fa, la] = key(errorLines[i - 1] ?? '');
    const [fb, lb] = key(errorLines[i] ?? '');
    assert.ok(fa < fb || (fa === fb && la <= lb), `${errorLines[i - 1]}\n${errorLines[i]}`);
  }
});

test('the clean corpus passes with exit 0', () => {
  const { status, lines } = runChecker('tests/fixtures/content-clean/blog', '--public', 'tests/fixtures/content-clean/public');
  assert.deepEqual(lines, ['Проверено 3 статьи: 0 ошибок, 0 предупреждений.']);
  assert.equal(status, 0);
});

test('the real content/blog passes with exit 0', () => {
  const { status, lines } = runChecker();
  assert.match(lines.at(-1) ?? '', /^Проверен[оа] \d+ стат(ья|ьи|ей): 0 ошибок, \d+ предупреждени(е|я|й)\.$/);
  assert.equal(status, 0, lines.join('\n'));
});

test('a missing folder fails with a Russian message', () => {
  const { status, lines } = runChecker('tests/fixtures/net-takoy-papki');
  assert.equal(status, 1);
  assert.deepEqual(lines, ['Папки tests/fixtures/net-takoy-papki нет: проверять нечего.']);
});

test('the summary uses Russian plural forms', () => {
  assert.equal(summaryLine(1, 1, 1), 'Проверена 1 статья: 1 ошибка, 1 предупреждение.');
  assert.equal(summaryLine(4, 0, 2), 'Проверено 4 статьи: 0 ошибок, 2 предупреждения.');
  assert.equal(summaryLine(5, 11, 22), 'Проверено 5 статей: 11 ошибок, 22 предупреждения.');
  assert.equal(summaryLine(21, 3, 25), 'Проверена 21 статья: 3 ошибки, 25 предупреждений.');
});
