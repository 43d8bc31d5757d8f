import type { ContentProblem } from './problems';
// tagSlug is the pages' own memoised slug: the same keyword is transliterated once per process.
import { tagSlug, TAGS_PATH } from './tags';
import { keywordSpellingKey, rawTagSlug, tagSlugFault, TAG_SLUG_MAX } from './tag-slug';

/**
 * check:content's rules for keywords as tags: every keyword gets a usable tag
 * slug by the same rule the tag pages use (tag-slug.ts), and two different
 * keywords never share one.
 */

type Problem = Omit<ContentProblem, 'file'>;

/** The keywords field of one post, as the pages read it (parseKeywords). */
export interface PostKeywords {
  readonly filePath: string;
  /** Line of the `keywords:` key. */
  readonly line: number;
  readonly keywords: readonly string[];
}

/** A keyword short enough for one line of output. */
function shownKeyword(keyword: string): string {
  const chars = Array.from(keyword);
  return chars.length > 80 ? `${chars.slice(0, 79).join('')}…` : keyword;
}

/** Keywords of one post that cannot become a tag page. */
export function keywordSlugProblems(keywords: readonly string[], line: number): Problem[] {
  return keywords.flatMap((keyword): Problem[] => {
    const fault = tagSlugFault(keyword);
    if (!fault) return [];
    const base = { line, field: 'keywords', value: shownKeyword(keyword), severity: 'error' as const };
    return fault === 'empty'
      ? [
          {
            ...base,
            message: 'из ключевого слова не получается адрес тега: в нём нет букв или цифр, которые можно записать латиницей',
            expected: 'слово или несколько слов, например «уборка»; знаки препинания и эмодзи в адрес тега не попадают',
          },
        ]
      : [
          {
            ...base,
            message: `адрес тега из этого ключевого слова получается из ${rawTagSlug(keyword).length} символов, а можно не больше ${TAG_SLUG_MAX}`,
            expected: 'тема в несколько слов, например «генеральная уборка»: ключевое слово — это название тега, а не фраза',
          },
        ];
  });
}

/** "в этой же статье и в a.md, b.md, c.md и ещё 2": enough to find the others without flooding the line. */
function where(files: readonly string[], self: string): string {
  const others = files.filter((file) => file !== self);
  const listed = others.length > 3 ? `${others.slice(0, 3).join(', ')} и ещё ${others.length - 3}` : others.join(', ');
  return [...(files.includes(self) ? ['в этой же статье'] : []), ...(others.length ? [`в ${listed}`] : [])].join(' и ');
}

/**
 * Keywords that give one slug but are not spellings of one word (see
 * keywordSpellingKey): «C++» and «C#» would silently become one tag, /tags/c/.
 * One error for each post and keyword involved, naming the other spellings and
 * where they are, so whichever post the editor opens says what to change.
 */
export function tagCollisionProblems(posts: readonly PostKeywords[]): ContentProblem[] {
  // slug → spelling key → the first spelling as written and the posts that use it
  const bySlug = new Map<string, Map<string, { spelling: string; files: string[] }>>();
  for (const post of posts) {
    for (const keyword of post.keywords) {
      const slug = tagSlug(keyword);
      if (!slug) continue;
      const spellings = bySlug.get(slug) ?? new Map<string, { spelling: string; files: string[] }>();
      const key = keywordSpellingKey(keyword);
      const entry = spellings.get(key) ?? { spelling: keyword, files: [] };
      if (!entry.files.includes(post.filePath)) entry.files.push(post.filePath);
      spellings.set(key, entry);
      bySlug.set(slug, spellings);
    }
  }
  const problems: ContentProblem[] = [];
  for (const post of posts) {
    for (const keyword of post.keywords) {
      const slug = tagSlug(keyword);
      const spellings = bySlug.get(slug);
      if (!spellings || spellings.size < 2) continue;
      const own = keywordSpellingKey(keyword);
      const others = [...spellings.entries()]
        .filter(([key]) => key !== own)
        .map(([, other]) => `«${shownKeyword(other.spelling)}» ${where(other.files, post.filePath)}`);
      problems.push({
        file: post.filePath,
        line: post.line,
        field: 'keywords',
        value: shownKeyword(keyword),
        message: `адрес тега совпадает с адресом другого ключевого слова: ${others.join('; ')}; ${others.length > 1 ? 'все' : 'оба'} дают ${TAGS_PATH}${slug}/`,
        expected:
          'разные слова для разных тем (знаки вроде +, # и точки в адрес тега не попадают) и одно написание для одной темы во всех статьях',
        severity: 'error',
      });
    }
  }
  return problems;
}
