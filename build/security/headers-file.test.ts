import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headerSets } from '../../lib/security/policy';
import { site } from '../../lib/site';
import { headerRules, headersFile, MAX_HEADER_RULES, serveConfig, verifyRules, type ExportEntry } from './headers-file';
import { joinedHeaders, parseHeadersFile, ruleMatches, STATIC_HOSTS, type HeaderRule } from './host-rules';

const SETS = headerSets(site);

/** The top-level entries of the real export (out/), with its traps: `og/` beside `og-default.png`, `404/` beside `404.html`. */
const ENTRIES: ExportEntry[] = [
  { name: '404', directory: true, kind: 'page' },
  { name: '404.html', directory: false, kind: 'page' },
  { name: '_next', directory: true, kind: 'other' },
  { name: '_not-found', directory: true, kind: 'page' },
  { name: 'admin', directory: true, kind: 'admin' },
  { name: 'apple-icon.png', directory: false, kind: 'other' },
  { name: 'blog', directory: true, kind: 'page' },
  { name: 'favicon.ico', directory: false, kind: 'other' },
  { name: 'images', directory: true, kind: 'other' },
  { name: 'index.html', directory: false, kind: 'page' },
  { name: 'og', directory: true, kind: 'other' },
  { name: 'og-default.png', directory: false, kind: 'other' },
  { name: 'page', directory: true, kind: 'page' },
  { name: 'robots.txt', directory: false, kind: 'other' },
  { name: 'rss.xml', directory: false, kind: 'other' },
  { name: 'search', directory: true, kind: 'page' },
  { name: 'tags', directory: true, kind: 'page' },
];

/** Paths into the export above, with the kind of response each is. */
const PATHS: [string, keyof typeof SETS][] = [
  ['/', 'page'],
  ['/index.html', 'page'],
  ['/blog', 'page'],
  ['/blog/doverie-klientov/', 'page'],
  ['/blog/doverie-klientov/index.html', 'page'],
  ['/tags/uborka/', 'page'],
  ['/404.html', 'page'],
  ['/404/', 'page'],
  ['/admin/', 'admin'],
  ['/admin/index.html', 'admin'],
  ['/admin/admin.js', 'admin'],
  ['/admin/decap/decap-cms.js', 'admin'],
  ['/_next/static/chunks/a.js', 'other'],
  ['/og/doverie-klientov/image.png', 'other'],
  ['/og-default.png', 'other'],
  ['/rss.xml', 'other'],
  ['/images/bank-card.jpg', 'other'],
];

/** Today's (before the admin) structure: `/*` with every page header, stricter policies added after it. */
function oldStructure(): HeaderRule[] {
  const added = { 'Content-Security-Policy': SETS.other['Content-Security-Policy']! };
  return [{ path: '/*', headers: SETS.page }, ...['/_next/*', '/og/*', '/og-default.png', '/rss.xml', '/images/*'].map((path) => ({ path, headers: added }))];
}

test('host matching: Netlify reads `/blog/*` as a prefix (also /blog and /blogger), Cloudflare as the folder only', () => {
  assert.equal(ruleMatches('netlify', '/blog/*', '/blog'), true);
  assert.equal(ruleMatches('netlify', '/blog/*', '/blogger'), true);
  assert.equal(ruleMatches('netlify', '/blog/*', '/BLOG/x/'), true);
  assert.equal(ruleMatches('cloudflare', '/blog/*', '/blog/x/'), true);
  assert.equal(ruleMatches('cloudflare', '/blog/*', '/blog'), false);
  assert.equal(ruleMatches('cloudflare', '/blog/*', '/blogger'), false);
  for (const host of STATIC_HOSTS) {
    assert.equal(ruleMatches(host, '/*', '/anything/at/all'), true, host);
    assert.equal(ruleMatches(host, '/', '/'), true, host);
    assert.equal(ruleMatches(host, '/', '/blog/'), false, host);
    assert.equal(ruleMatches(host, '/og*', '/og-default.png'), true, host);
    assert.equal(ruleMatches(host, '/rss.xml', '/rss.xml'), true, host);
    assert.equal(ruleMatches(host, '/rss.xml', '/rssxxml'), false, host);
  }
});

test('host merge: every matching rule counts, values of one header joined with a comma', () => {
  const rules: HeaderRule[] = [
    { path: '/*', headers: { A: '1', B: 'x' } },
    { path: '/blog/*', headers: { A: '2' } },
  ];
  assert.deepEqual(joinedHeaders('netlify', rules, '/blog/'), { A: '1, 2', B: 'x' });
  assert.deepEqual(joinedHeaders('cloudflare', rules, '/rss.xml'), { A: '1', B: 'x' });
});

test("the old structure fails the check: the admin would get the pages' COOP and policy joined to its own", () => {
  // What the issue is about: a `/*` rule with page headers reaches /admin/.
  const old = oldStructure();
  assert.equal(joinedHeaders('netlify', [...old, { path: '/admin/*', headers: { 'Cross-Origin-Opener-Policy': 'same-origin-allow-popups' } }], '/admin/')['Cross-Origin-Opener-Policy'], 'same-origin, same-origin-allow-popups');
  assert.throws(() => verifyRules(old, SETS, ENTRIES), /would send/);
});

test('_headers: on both hosts, the admin gets exactly its headers, pages and other files exactly theirs', () => {
  const rules = parseHeadersFile(headersFile(headerRules(SETS, ENTRIES)));
  for (const host of STATIC_HOSTS) {
    for (const [requestPath, kind] of PATHS) assert.deepEqual(joinedHeaders(host, rules, requestPath), SETS[kind], `${host} ${requestPath}`);
  }
});

test('_headers: `/*` has only what every response has alike; an unknown top-level path gets that and no more', () => {
  const rules = headerRules(SETS, ENTRIES);
  assert.equal(rules[0]!.path, '/*');
  assert.deepEqual(Object.keys(rules[0]!.headers).sort(), ['Permissions-Policy', 'Referrer-Policy', 'X-Content-Type-Options', 'X-Frame-Options']);
  for (const host of STATIC_HOSTS) assert.deepEqual(joinedHeaders(host, rules, '/takoy-stranitsy-net/'), rules[0]!.headers, host);
  // A folder's rule covers the files its name begins (Netlify's reading), so they have none of their own.
  assert.deepEqual(
    rules.map((rule) => rule.path),
    ['/*', '/', '/404*', '/_next*', '/_not-found*', '/admin*', '/apple-icon.png', '/blog*', '/favicon.ico', '/images*', '/index.html', '/og*', '/page*', '/robots.txt', '/rss.xml', '/search*', '/tags*'],
  );
});

test('_headers: an entry whose name begins with a folder of another kind is an error, not a merged header', () => {
  const entries: ExportEntry[] = [...ENTRIES, { name: 'pagefind', directory: true, kind: 'other' }];
  assert.throws(() => headerRules(SETS, entries), /netlify would send \/pagefind\/ other headers/);
});

test('_headers: more rules than a host takes is an error, not a file the host cuts short', () => {
  const entries = Array.from({ length: MAX_HEADER_RULES }, (_, index): ExportEntry => ({ name: `file-${index}.txt`, directory: false, kind: 'other' }));
  assert.throws(() => headerRules(SETS, entries), /more than a host takes/);
});

test('serve.json: no directory listings, no header-less redirects; other headers for every file, page headers for HTML, the admin its own', () => {
  const config = serveConfig(SETS);
  assert.equal(config.directoryListing, false);
  assert.deepEqual(config.cleanUrls, ['!**/{*.html,index}']);
  assert.deepEqual(
    config.headers.map((rule) => rule.source),
    ['**', '**/*.html', 'admin/**'],
  );
  // serve applies every match in order, later values replacing: each later set names every header of the earlier ones.
  const names = (index: number) => config.headers[index]!.headers.map((header) => header.key);
  for (const index of [1, 2]) for (const name of names(index - 1)) assert.ok(names(index).includes(name), `${config.headers[index]!.source}: ${name}`);
  assert.deepEqual(Object.fromEntries(config.headers[2]!.headers.map(({ key, value }) => [key, value])), SETS.admin);
});
