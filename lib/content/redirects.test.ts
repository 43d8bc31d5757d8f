import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCatalog, catalogFromSummaries, isLiveSlug } from './catalog';
import { redirectConflicts, redirectSourceOf, type RedirectSource } from './checks/redirects';
import { checkRedirectsField } from './checks/redirects-field';
import { fieldSpec, normalisedField } from './model';
import { nextRedirects, postRedirects, redirectsFile } from './redirects';
import type { PostSummary } from './reshape';

function source(slug: string, redirectFrom: string[], line = 5): RedirectSource {
  return { filePath: `content/blog/${slug}.md`, slug, redirectFrom, line };
}

function summary(slug: string, redirectFrom: string[], extra: Partial<PostSummary> = {}): PostSummary {
  const at = '2025-01-01T00:00:00+03:00';
  return { slug, url: `/blog/${slug}/`, title: `Статья ${slug}`, description: '', publishedAt: at, updatedAt: at, author: 'a', keywords: [], hero: null, draft: false, redirectFrom, ...extra };
}

describe('redirectFrom: normalisation', () => {
  test('a list, or one slug as text; trimmed, de-duplicated, never absent', () => {
    assert.deepEqual(normalisedField({ redirectFrom: [' old ', 'old', 'older'] }, 'redirectFrom'), ['old', 'older']);
    assert.deepEqual(normalisedField({ redirectFrom: 'old' }, 'redirectFrom'), ['old']);
    assert.deepEqual(normalisedField({}, 'redirectFrom'), []);
    assert.deepEqual(normalisedField({ redirectFrom: 5 }, 'redirectFrom'), []);
  });
});

describe('redirectFrom: the field check', () => {
  const spec = fieldSpec('redirectFrom');
  const check = (value: unknown) => checkRedirectsField(spec, new Map([['redirectFrom', { key: 'redirectFrom', line: 4, value }]]), {} as never);

  test('well-formed slugs pass, as a list or as text', () => {
    assert.deepEqual(check(['staroe-imya', 'old2']), []);
    assert.deepEqual(check('staroe-imya'), []);
  });

  test('malformed slugs, addresses and non-text items are errors naming the item and what is expected', () => {
    const problems = check(['Staroe Imya', '/blog/old/', 7, '']);
    assert.equal(problems.length, 4);
    assert.ok(problems.every((p) => p.severity === 'error' && p.field === 'redirectFrom' && p.line === 4));
    assert.match(problems[0]!.message, /не имя файла/);
    assert.match(problems[1]!.expected ?? '', /без \/blog\/.*: old$/);
    assert.match(problems[2]!.message, /не текст/);
    assert.match(problems[3]!.message, /пустой/);
    assert.match(check({ a: 1 })[0]!.message, /не список и не текст/);
  });
});

describe('redirectFrom: between posts', () => {
  test('a clean rename has no problems', () => {
    assert.deepEqual(redirectConflicts([source('novoe', ['staroe']), source('drugoe', [])]), []);
  });

  test("the post's own slug is a loop", () => {
    const [problem, ...rest] = redirectConflicts([source('novoe', ['novoe'])]);
    assert.equal(rest.length, 0);
    assert.match(problem!.message, /^петля: \/blog\/novoe\/ — адрес самой этой статьи/);
    assert.equal(problem!.file, 'content/blog/novoe.md');
    assert.equal(problem!.line, 5);
  });

  test('a live post\'s slug (draft or not: any file) is a collision', () => {
    const problems = redirectConflicts([source('novoe', ['drugoe']), source('drugoe', [])]);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /^\/blog\/drugoe\/ — адрес существующей статьи content\/blog\/drugoe\.md/);
    assert.match(problems[0]!.expected ?? '', /удалите тот файл/);
  });

  test('a live post that has old slugs of its own is a chain', () => {
    const problems = redirectConflicts([source('c', ['b']), source('b', ['a'])]);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /^цепочка: \/blog\/b\/ — адрес статьи content\/blog\/b\.md/);
  });

  test('two posts redirecting to each other are a loop, reported in both files', () => {
    const problems = redirectConflicts([source('a', ['b']), source('b', ['a'])]);
    assert.deepEqual(problems.map((p) => p.file), ['content/blog/a.md', 'content/blog/b.md']);
    assert.ok(problems.every((p) => p.message.startsWith('петля: ')));
  });

  test('one old slug in two posts is an error in each', () => {
    const problems = redirectConflicts([source('a', ['old']), source('b', ['old'])]);
    assert.deepEqual(problems.map((p) => [p.file, p.value]), [['content/blog/a.md', 'old'], ['content/blog/b.md', 'old']]);
    assert.match(problems[0]!.message, /уже перенаправлен на другую статью: content\/blog\/b\.md/);
  });

  test('every problem in one run; malformed slugs are left to the field check', () => {
    const problems = redirectConflicts([source('a', ['a', 'b', 'Bad Slug', 'x']), source('b', []), source('c', ['x'])]);
    assert.equal(problems.length, 4);
  });

  test('the line is that of the key in the file', () => {
    const read = redirectSourceOf({ filePath: 'content/blog/novoe.md', source: '---\ntitle: x\nredirectFrom:\n  - staroe\n---\n' });
    assert.deepEqual(read, { filePath: 'content/blog/novoe.md', slug: 'novoe', redirectFrom: ['staroe'], line: 3 });
  });
});

describe('the link catalog knows old slugs', () => {
  const catalog = buildCatalog([
    { filePath: 'content/blog/novoe.md', source: '---\ntitle: Новое\nredirectFrom: [staroe, drugoe]\n---\n' },
    { filePath: 'content/blog/drugoe.md', source: '---\ntitle: Другое\n---\n' },
  ]);

  test('an old slug finds the renamed post; a live slug keeps its own post', () => {
    assert.equal(catalog.get('staroe')?.slug, 'novoe');
    assert.equal(catalog.get('drugoe')?.slug, 'drugoe');
    assert.equal(isLiveSlug(catalog, 'staroe'), false);
    assert.equal(isLiveSlug(catalog, 'novoe'), true);
  });

  test('the pages\' catalog, from summaries, agrees', () => {
    const built = catalogFromSummaries([summary('novoe', ['staroe'])], { novoe: 'blog/novoe.md' }, 'content');
    assert.equal(built.get('staroe')?.slug, 'novoe');
    assert.equal(built.get('staroe')?.title, 'Статья novoe');
  });
});

describe('the redirects of the outputs', () => {
  const published = [summary('novoe', ['staroe', 'eshche-starshe']), summary('drugoe', ['novoe', 'Bad'])];

  test('only well-formed slugs that are no live post, sorted', () => {
    assert.deepEqual(postRedirects(published).map((r) => [r.from, r.to.slug]), [['eshche-starshe', 'novoe'], ['staroe', 'novoe']]);
  });

  test("next start: Next's permanent (308) rules, old address with its slash", () => {
    assert.deepEqual(nextRedirects(postRedirects([summary('novoe', ['staroe'])])), [{ source: '/blog/staroe/', destination: '/blog/novoe/', permanent: true }]);
  });

  test('_redirects: a forced rule for Netlify, both forms of the address for Cloudflare', () => {
    const lines = redirectsFile(postRedirects([summary('novoe', ['staroe'])])).split('\n').filter((line) => line && !line.startsWith('#'));
    assert.deepEqual(lines, ['/blog/staroe/ /blog/novoe/ 301!', '/blog/staroe/ /blog/novoe/ 301', '/blog/staroe /blog/novoe/ 301']);
  });

  test("_redirects: Cloudflare's parser skips the forced line and reads the others (its rules: a numeric status, first rule per path)", () => {
    const cloudflare = new Map<string, string>();
    for (const line of redirectsFile(postRedirects(published)).split('\n')) {
      const [from, to, status] = line.trim().split(/\s+/);
      if (!from || from.startsWith('#') || !to) continue;
      if (![301, 302, 303, 307, 308].includes(Number(status)) || cloudflare.has(from)) continue;
      cloudflare.set(from, `${to} ${status}`);
    }
    assert.deepEqual(Object.fromEntries(cloudflare), {
      '/blog/eshche-starshe/': '/blog/novoe/ 301',
      '/blog/eshche-starshe': '/blog/novoe/ 301',
      '/blog/staroe/': '/blog/novoe/ 301',
      '/blog/staroe': '/blog/novoe/ 301',
    });
  });

  test('more lines than Cloudflare reads fail the build', () => {
    const many = summary('novoe', Array.from({ length: 700 }, (_, i) => `old-${i}`));
    assert.throws(() => redirectsFile(postRedirects([many])), /more than Cloudflare Pages reads/);
  });
});
