import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keywordSlugProblems, tagCollisionProblems } from './keyword-checks';

test('keywords without a usable slug are errors on the field line, each named', () => {
  const problems = keywordSlugProblems(['уборка', '.', '🧹', 'т.е.', 'x'.repeat(61)], 7);
  assert.deepEqual(
    problems.map((p) => [p.line, p.value, p.severity]),
    [
      [7, '.', 'error'],
      [7, '🧹', 'error'],
      [7, 'x'.repeat(61), 'error'],
    ],
  );
  assert.match(problems[2]?.message ?? '', /получается из 61 символов, а можно не больше 60/);
  // A long keyword is shown shortened, not in full.
  assert.equal(keywordSlugProblems(['я'.repeat(200)], 1)[0]?.value, `${'я'.repeat(79)}…`);
});

test('C++ and C# are reported in both posts; spellings of one word are not', () => {
  const problems = tagCollisionProblems([
    { filePath: 'blog/a.md', line: 5, keywords: ['C++', 'Санкт-Петербург'] },
    { filePath: 'blog/b.md', line: 6, keywords: ['C#', 'санкт петербург'] },
    { filePath: 'blog/c.md', line: 4, keywords: ['уборка'] },
  ]);
  assert.deepEqual(
    problems.map((p) => [p.file, p.line, p.value, p.message]),
    [
      ['blog/a.md', 5, 'C++', 'адрес тега совпадает с адресом другого ключевого слова: «C#» в blog/b.md; оба дают /tags/c/'],
      ['blog/b.md', 6, 'C#', 'адрес тега совпадает с адресом другого ключевого слова: «C++» в blog/a.md; оба дают /tags/c/'],
    ],
  );
});

test('a collision within one post, and the list of other posts is kept short', () => {
  const posts = [
    { filePath: 'blog/a.md', line: 5, keywords: ['C++', 'C#'] },
    ...[1, 2, 3, 4, 5].map((n) => ({ filePath: `blog/c${n}.md`, line: 5, keywords: ['C'] })),
  ];
  const own = tagCollisionProblems(posts).filter((p) => p.file === 'blog/a.md');
  assert.deepEqual(
    own.map((p) => p.message),
    [
      'адрес тега совпадает с адресом другого ключевого слова: «C#» в этой же статье; «C» в blog/c1.md, blog/c2.md, blog/c3.md и ещё 2; все дают /tags/c/',
      'адрес тега совпадает с адресом другого ключевого слова: «C++» в этой же статье; «C» в blog/c1.md, blog/c2.md, blog/c3.md и ещё 2; все дают /tags/c/',
    ],
  );
});

test('keywords without a slug are left to keywordSlugProblems, not reported as colliding', () => {
  assert.deepEqual(tagCollisionProblems([{ filePath: 'a.md', line: 1, keywords: ['.', '..', '🧹'] }]), []);
});
