import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TABLE_END, TABLE_START, withResultsTable } from './report';

test('replaces only the text between the markers', () => {
  const doc = `# Benchmarks\n\nAnalysis.\n\n${TABLE_START}\nold\n${TABLE_END}\n\nMore analysis.\n`;
  assert.equal(withResultsTable(doc, 'new'), `# Benchmarks\n\nAnalysis.\n\n${TABLE_START}\nnew\n${TABLE_END}\n\nMore analysis.\n`);
});

test('appends the table when the markers are missing', () => {
  assert.equal(withResultsTable('# B\n', 't'), `# B\n\n${TABLE_START}\nt\n${TABLE_END}\n`);
});
