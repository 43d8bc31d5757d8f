import { parseFrontmatter } from '../frontmatter';
import { normalisedField } from '../model';
import { postPath, slugFromFilePath } from '../paths';
import type { ContentProblem } from '../problems';
import { SLUG_RULE } from '../slug-list';
import type { SourceFile } from '../validate';

/**
 * check:content's rules between posts for `redirectFrom`: every old address
 * leads to exactly one live post in one hop. Any post file counts, draft or
 * scheduled: a draft will go live at /blog/<its slug>/, and a redirect to or
 * from it then would fight over that address, so the conflict is refused as
 * soon as both files exist rather than on the day the draft is published.
 */

export interface RedirectSource {
  readonly filePath: string;
  readonly slug: string;
  /** Normalised (model.ts); malformed slugs are the field check's (redirects-field.ts) and left out here. */
  readonly redirectFrom: readonly string[];
  /** The line of the `redirectFrom` key. */
  readonly line: number;
}

const FIELD = 'redirectFrom';
const EXPECTED_OWN = 'прежнее имя файла, которого больше нет: старый адрес должен вести на одну статью и сразу';

export function redirectSourceOf(file: SourceFile): RedirectSource {
  const { data } = parseFrontmatter(file.source);
  const keyAt = /^redirectFrom\s*:/m.exec(file.source);
  const line = keyAt ? file.source.slice(0, keyAt.index).split('\n').length : 1;
  return { filePath: file.filePath, slug: slugFromFilePath(file.filePath), redirectFrom: normalisedField(data, 'redirectFrom'), line };
}

/** Every collision, chain and loop among the posts' redirects, one problem per file and old slug. */
export function redirectConflicts(posts: readonly RedirectSource[]): ContentProblem[] {
  const bySlug = new Map(posts.map((post) => [post.slug, post]));
  const claims = new Map<string, RedirectSource[]>();
  for (const post of posts) for (const old of post.redirectFrom) if (SLUG_RULE.test(old)) claims.set(old, [...(claims.get(old) ?? []), post]);
  const problems: ContentProblem[] = [];
  for (const post of posts) {
    for (const old of post.redirectFrom) {
      if (!SLUG_RULE.test(old)) continue;
      const at = { file: post.filePath, line: post.line, field: FIELD, value: old, severity: 'error' as const };
      if (old === post.slug) {
        problems.push({ ...at, message: `петля: ${postPath(old)} — адрес самой этой статьи, он перенаправлял бы сам на себя`, expected: `${EXPECTED_OWN}; уберите ${old} из списка` });
        continue;
      }
      const live = bySlug.get(old);
      if (live) {
        const loop = live.redirectFrom.includes(post.slug);
        const chain = !loop && live.redirectFrom.length > 0;
        problems.push({
          ...at,
          message: loop
            ? `петля: статья ${live.filePath} сама перенаправляет ${postPath(post.slug)} обратно сюда`
            : chain
              ? `цепочка: ${postPath(old)} — адрес статьи ${live.filePath}, у которой свои старые адреса (redirectFrom)`
              : `${postPath(old)} — адрес существующей статьи ${live.filePath}`,
          expected: `${EXPECTED_OWN}; если ${live.filePath} переименована сюда, удалите тот файл и перенесите его redirectFrom в эту статью`,
        });
        continue;
      }
      const others = (claims.get(old) ?? []).filter((other) => other !== post);
      if (others.length) {
        problems.push({
          ...at,
          message: `старый адрес ${postPath(old)} уже перенаправлен на другую статью: ${others.map((other) => other.filePath).join(', ')}`,
          expected: 'каждый старый адрес — в redirectFrom только одной статьи',
        });
      }
    }
  }
  return problems;
}

export function checkRedirects(files: readonly SourceFile[]): ContentProblem[] {
  return redirectConflicts(files.map(redirectSourceOf));
}
