import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFrontmatter } from '../lib/content/frontmatter';
import { fuzzCorpus, fuzzPost, isPublishedPath, seededRandom } from './fuzz-corpus';

test('the same seed gives the same corpus; another seed another', () => {
  assert.deepEqual(fuzzCorpus(5, 10), fuzzCorpus(5, 10));
  assert.notDeepEqual(fuzzCorpus(5, 10), fuzzCorpus(6, 10));
  assert.deepEqual(fuzzPost(5, 3), fuzzCorpus(5, 3)[2]);
});

test('the random numbers stay in [0, 1)', () => {
  const random = seededRandom(1);
  for (let i = 0; i < 10_000; i++) {
    const value = random();
    assert.ok(value >= 0 && value < 1);
  }
});

test('a corpus of the CI size reaches every kind of hostile text, in fields and bodies', () => {
  const text = fuzzCorpus(20261201, 40)
    .map((post) => {
      const { data, body } = parseFrontmatter(post.source);
      return `${JSON.stringify(data)}\n${body}`;
    })
    .join('\n');
  const kinds: Record<string, RegExp> = {
    emoji: /\p{Extended_Pictographic}/u,
    'ZWJ sequence': /\u200d/,
    CJK: /\p{Script=Han}/u,
    Arabic: /\p{Script=Arabic}/u,
    'direction override': /\u202e/,
    'combining mark': /\p{M}/u,
    'vertical tab (JSON-escaped in data)': /\\u000b|\u000b/,
    NUL: /\\u0000|\u0000/,
    'C1 control': /[\u0080-\u009f]|\\u00[89][0-9a-f]/,
    noncharacter: /\uffff|\ufffe/,
    'script tag': /<script>/,
    'dot keyword': /т\.е\./,
    'a very long string': /[^\n]{2000}/,
    'a type field': /"type":"Post"/,
  };
  for (const [kind, pattern] of Object.entries(kinds)) assert.match(text, pattern, kind);
});

test('the corpus puts files where the site does not publish from, and odd fences and line endings', () => {
  const corpus = fuzzCorpus(20261201, 40);
  assert.ok(corpus.some((post) => !isPublishedPath(post.path)), 'a file outside the published places');
  assert.ok(corpus.some((post) => /^---[^\n\r-]/.test(post.source.replace(/^\ufeff/, ''))), 'an opening fence with something after it');
  assert.ok(corpus.some((post) => /\r\n/.test(post.source)) && corpus.some((post) => /\r(?!\n)/.test(post.source)), 'CRLF and CR');
});

test('published places are those Contentlayer reads: blog/, .md, nothing hidden', () => {
  assert.ok(isPublishedPath('blog/a.md'));
  assert.ok(isPublishedPath('blog/sub/a.md'));
  for (const path of ['a.md', 'blog/a.mdx', 'blog/a.MD', 'blog/.a.md', 'blog/.hidden/a.md', 'drugoe/a.md']) assert.ok(!isPublishedPath(path), path);
});

