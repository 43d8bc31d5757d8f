import { test } from 'node:test';
import assert from 'node:assert/strict';
import { robotsTxt } from './robots';

test('robots allows everything, merges tracking parameters for Yandex and points at the sitemap', () => {
  assert.equal(
    robotsTxt('https://example.org'),
    [
      'User-Agent: *',
      'Allow: /',
      'Clean-param: utm_source&utm_medium&utm_campaign&utm_content&utm_term&yclid&gclid&fbclid',
      '',
      'Sitemap: https://example.org/sitemap.xml',
      '',
    ].join('\n'),
  );
});

test('robots has no Host directive, which Yandex no longer reads', () => {
  assert.doesNotMatch(robotsTxt('https://example.org'), /^Host:/im);
});
