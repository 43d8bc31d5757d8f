import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headersFile, MAX_HEADER_RULES, serveConfig } from './headers-file';

const PAGE = { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "frame-ancestors 'none'" };
const OTHER = { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "script-src 'self'; frame-ancestors 'none'" };

test('_headers: the page headers for every path, then the script policy added where no page is', () => {
  const lines = headersFile({ page: PAGE, other: OTHER, otherPaths: ['/_next/*', '/rss.xml'] })
    .split('\n')
    .filter((line) => line && !line.startsWith('#'));
  assert.deepEqual(lines, [
    '/*',
    '  X-Content-Type-Options: nosniff',
    "  Content-Security-Policy: frame-ancestors 'none'",
    '/_next/*',
    "  Content-Security-Policy: script-src 'self'; frame-ancestors 'none'",
    '/rss.xml',
    "  Content-Security-Policy: script-src 'self'; frame-ancestors 'none'",
  ]);
});

test('_headers: more rules than a host takes is an error, not a file the host cuts short', () => {
  const otherPaths = Array.from({ length: MAX_HEADER_RULES }, (_, index) => `/file-${index}.txt`);
  assert.throws(() => headersFile({ page: PAGE, other: OTHER, otherPaths }), /more than a host takes/);
});

test('serve.json: no directory listings, no header-less redirects, other headers for every file and page headers for HTML', () => {
  assert.deepEqual(serveConfig({ page: PAGE, other: OTHER }), {
    directoryListing: false,
    cleanUrls: ['!**/{*.html,index}'],
    headers: [
      {
        source: '**',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Content-Security-Policy', value: "script-src 'self'; frame-ancestors 'none'" },
        ],
      },
      {
        source: '**/*.html',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
        ],
      },
    ],
  });
});
