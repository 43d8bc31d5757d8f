import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatAnnotation, formatProblem, type ContentProblem } from './problems';

const problem: ContentProblem = {
  file: 'content/blog/x.md',
  line: 3,
  field: 'pubDate',
  value: '32.13.2025',
  message: 'не дата',
  expected: '2025-07-26 или 2025-07-26T09:57:37Z',
  severity: 'error',
};

test('a problem reads as file:line field: «value» — what; ожидается …', () => {
  assert.equal(
    formatProblem(problem),
    'content/blog/x.md:3 pubDate: «32.13.2025» — не дата; ожидается 2025-07-26 или 2025-07-26T09:57:37Z',
  );
});

test('as a GitHub annotation it points at the file and line', () => {
  assert.equal(
    formatAnnotation(problem),
    '::error file=content/blog/x.md,line=3,title=Проверка статей%3A pubDate::pubDate: «32.13.2025» — не дата; ожидается 2025-07-26 или 2025-07-26T09:57:37Z',
  );
});

test('annotations escape what would end or split the command; warnings stay warnings', () => {
  const line = formatAnnotation({ ...problem, file: 'content/blog/a,b.md', line: undefined, value: '100%\nвторая', severity: 'warning' });
  assert.equal(line, '::warning file=content/blog/a%2Cb.md,title=Проверка статей%3A pubDate::pubDate: «100%25%0Aвторая» — не дата; ожидается 2025-07-26 или 2025-07-26T09:57:37Z');
  assert.equal(line.split('\n').length, 1);
});
