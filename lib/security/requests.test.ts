import assert from 'node:assert/strict';
import { test } from 'node:test';
import { carriesPolicy, flightRefusal, OWN_HEADER_PATHS, rangeRefusal, refusal, responseKind, serverError, setsOwnHeaders } from './requests';

test('only GET and HEAD reach Next: every other method is 405 with Allow', () => {
  for (const method of ['GET', 'HEAD']) assert.equal(refusal(method, '/blog/x/'), undefined, method);
  for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'PROPFIND', undefined]) {
    const answer = refusal(method, '/blog/x/');
    assert.equal(answer?.status, 405, String(method));
    assert.equal(answer?.headers.Allow, 'GET, HEAD');
    assert.match(answer?.headers['Content-Type'] ?? '', /^text\/plain/);
  }
});

test('a path that does not decode is 400; a query is left to the page', () => {
  for (const url of ['/blog/%ff/', '/tags/%ff/', '/og/%ff/image.png', '/%E0%A4%A/', '/blog/%/']) assert.equal(refusal('GET', url)?.status, 400, url);
  for (const url of ['/', '/blog/%D0%B0/', '/search/?q=%ff', '/search/?q=%D0%B4%D0%BE%D0%BC']) assert.equal(refusal('GET', url), undefined, url);
});

test('Range: 416 with the size when nothing of the file is asked for, otherwise Next serves it', () => {
  const answer = rangeRefusal('bytes=999999-', 3874);
  assert.equal(answer?.status, 416);
  assert.equal(answer?.headers['Content-Range'], 'bytes */3874');
  for (const range of ['bytes=0-9', 'bytes=-100', 'bytes=3000-99999', 'items=0-1', 'bytes']) assert.equal(rangeRefusal(range, 3874), undefined, range);
  // As send (Next's static file server) and serve read it: no range that parses is no satisfiable range.
  assert.equal(rangeRefusal('bytes=abc', 3874)?.status, 416);
});

test('HTML gets the page part of the policy, everything else the one with a script-src', () => {
  assert.equal(responseKind('text/html; charset=utf-8'), 'page');
  assert.equal(responseKind('TEXT/HTML'), 'page');
  for (const type of ['image/png', 'application/rss+xml', 'application/xhtml+xml', 'text/plain', 'text/x-component', 'image/svg+xml', undefined]) {
    assert.equal(responseKind(type), 'other', String(type));
  }
});

test('a 304 carries no policy: the cached page keeps its own', () => {
  assert.equal(carriesPolicy(304), false);
  for (const status of [200, 206, 308, 400, 404, 405, 416, 500]) assert.equal(carriesPolicy(status), true, String(status));
});

test('a server error says so in plain text', () => {
  assert.equal(serverError().status, 500);
  assert.match(serverError().headers['Content-Type'] ?? '', /^text\/plain/);
});

test("a router's flight request for a page without React is 404; the page itself, and pages with React, go to Next", () => {
  const withoutReact = new Set(['/', '/blog/x/', '/tags/доверие/']);
  for (const url of ['/blog/x/?_rsc=abc', '/blog/x', '/', '/?_rsc=1', '/tags/%D0%B4%D0%BE%D0%B2%D0%B5%D1%80%D0%B8%D0%B5/']) {
    const answer = flightRefusal('1', url, withoutReact);
    assert.equal(answer?.status, 404, url);
    assert.equal(answer!.body, '');
  }
  assert.equal(flightRefusal(undefined, '/blog/x/', withoutReact), undefined);
  assert.equal(flightRefusal('1', '/search/?_rsc=abc', withoutReact), undefined);
  assert.equal(flightRefusal('1', '/blog/y/', withoutReact), undefined);
});

test('the OAuth handler\'s paths set their own headers; no other path does', () => {
  assert.deepEqual(OWN_HEADER_PATHS, ['/api/auth']);
  for (const url of ['/api/auth', '/api/auth/', '/api/auth/?provider=github&scope=repo', '/api/auth/callback/?code=x&state=y', '/api/auth/callback']) {
    assert.equal(setsOwnHeaders(url), true, url);
  }
  for (const url of ['/', '/api/', '/api/authx/', '/blog/api/auth/', '/search/?q=/api/auth/', undefined]) assert.equal(setsOwnHeaders(url), false, String(url));
});
