import type { PostSummary } from './reshape';
import { postTagSlugs } from './tags';

export const RELATED_LIMIT = 3;

/**
 * Other posts that share keywords with `post`: most shared tags first, then
 * newest. Posts sharing nothing are not "related" and are left out.
 * `posts` must be newest first (as publishedPosts() returns them).
 */
export function relatedPosts<T extends PostSummary>(post: PostSummary, posts: readonly T[], limit = RELATED_LIMIT): T[] {
  const own = new Set(postTagSlugs(post));
  return posts
    .filter((other) => other.slug !== post.slug)
    .map((other, index) => ({ other, index, shared: postTagSlugs(other).filter((slug) => own.has(slug)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || a.index - b.index)
    .slice(0, limit)
    .map(({ other }) => other);
}

/** The next newer and next older post around `post` in a newest-first list. */
export function adjacentPosts<T extends Pick<PostSummary, 'slug'>>(
  post: Pick<PostSummary, 'slug'>,
  posts: readonly T[],
): { newer: T | null; older: T | null } {
  const index = posts.findIndex((other) => other.slug === post.slug);
  if (index === -1) return { newer: null, older: null };
  return { newer: posts[index - 1] ?? null, older: posts[index + 1] ?? null };
}
