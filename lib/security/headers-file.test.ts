import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headersFile, serveConfig } from './headers-file';

const HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "frame-ancestors 'none'" };

test('_headers: one rule for every path, one line per header', () => {
  const lines = headersFile(HEADERS).split('\n').filter((line) => line && !line.startsWith('#'));
  assert.deepEqual(lines, ['/*', '  X-Content-Type-Options: nosniff', "  Content-Security-Policy: frame-ancestors 'none'"]);
});

test('serve.json carries the same headers for every file', () => {
  assert.deepEqual(serveConfig(HEADERS), {
    headers: [
      {
        source: '**',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
        ],
      },
    ],
  });
});
