import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildRobots } from './robots';

test('robots allows everything and points at the sitemap and the host', () => {
  assert.deepEqual(buildRobots('https://example.org'), {
    rules: { userAgent: '*', allow: '/' },
    sitemap: 'https://example.org/sitemap.xml',
    host: 'https://example.org',
  });
});
