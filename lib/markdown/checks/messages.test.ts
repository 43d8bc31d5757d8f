import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VFile } from 'vfile';
import { problemFromMessage } from '../../content/problems';
import { CHECK_SOURCE, contentMessages, report } from './messages';

test('a check reports like a remark-lint rule: place, ruleId, actual, expected, fatal for errors', () => {
  const file = new VFile({ path: 'content/blog/x.md', value: '' });
  const message = report(file, { type: 'link', position: { start: { line: 4, column: 2 }, end: { line: 4, column: 9 } } }, {
    ruleId: 'missing-post',
    actual: '/blog/net/',
    message: 'статьи «net» нет в content/blog',
    expected: 'адрес существующей статьи вида /blog/<имя-файла>/',
    severity: 'error',
  });
  assert.equal(message.source, CHECK_SOURCE);
  assert.equal(message.ruleId, 'missing-post');
  assert.equal(message.line, 4);
  assert.equal(message.fatal, true);
  assert.deepEqual(message.expected, ['адрес существующей статьи вида /blog/<имя-файла>/']);
  assert.deepEqual(problemFromMessage('content/blog/x.md', message), {
    file: 'content/blog/x.md',
    line: 4,
    field: 'ссылка',
    value: '/blog/net/',
    message: 'статьи «net» нет в content/blog',
    expected: 'адрес существующей статьи вида /blog/<имя-файла>/',
    severity: 'error',
  });
});

test('a message without a place, value or expectation maps to a problem without those keys', () => {
  const file = new VFile();
  const message = report(file, undefined, { ruleId: 'body-size', message: 'текст статьи больше 100 КБ (101 КБ)', severity: 'warning' });
  assert.deepEqual(problemFromMessage('content/blog/x.md', message), {
    file: 'content/blog/x.md',
    field: 'текст',
    message: 'текст статьи больше 100 КБ (101 КБ)',
    severity: 'warning',
  });
});

test('our messages in the order check:content has always listed them; other plugins\' messages are left out', () => {
  const file = new VFile();
  report(file, 3, { ruleId: 'placeholder', message: 'p', severity: 'error' });
  report(file, 9, { ruleId: 'missing-post', message: 'm1', severity: 'error' });
  file.message('not ours', { ruleId: 'missing-post', source: 'remark-lint' });
  report(file, 2, { ruleId: 'post-file-link', message: 'f', severity: 'error' });
  report(file, 5, { ruleId: 'post-fragment', message: 'h', severity: 'error' });
  report(file, 7, { ruleId: 'image-alt', message: 'a', severity: 'warning' });
  report(file, 1, { ruleId: 'image-source', message: 's', severity: 'error' });
  assert.deepEqual(contentMessages(file).map((m) => m.reason), ['h', 'a', 's', 'm1', 'f', 'p']);
});
