import type { PostSummary } from './reshape';

/**
 * A post is public once it is not a draft and its pubDate has come (checked
 * at build time: a scheduled post appears with the first build after its date).
 * `includeUnpublished` is for `npm run dev`, where editors preview everything.
 */
export function isPublished(
  post: Pick<PostSummary, 'draft' | 'publishedAt'>,
  now: Date,
  includeUnpublished = false,
): boolean {
  if (includeUnpublished) return true;
  return !post.draft && new Date(post.publishedAt).getTime() <= now.getTime();
}

/** Why a post is not public yet, for the preview banner; null for a public post. Draft wins over a future date. */
export function unpublishedReason(
  post: Pick<PostSummary, 'draft' | 'publishedAt'>,
  now: Date,
): 'draft' | 'scheduled' | null {
  if (post.draft) return 'draft';
  return isPublished(post, now) ? null : 'scheduled';
}
