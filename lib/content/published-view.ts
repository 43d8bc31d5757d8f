import type { PostSummary } from './reshape';
import { collectTags, type Tag } from './tags';
import { isPublished } from './visibility';

/**
 * The public part of the content, computed once per content revision.
 * Every page of a build asks for it (a post page several times: metadata,
 * body, neighbours, related posts), and filtering and re-counting 1000
 * summaries per call was seconds of a 1000-post build.
 */
export interface PublishedView {
  /** Newest first. */
  readonly posts: readonly PostSummary[];
  readonly bySlug: ReadonlyMap<string, PostSummary>;
  /** Most used first; see collectTags. */
  readonly tags: readonly Tag[];
}

export function publishedView(posts: readonly PostSummary[], now: Date, includeUnpublished: boolean): PublishedView {
  const visible = posts.filter((post) => isPublished(post, now, includeUnpublished));
  let tags: Tag[] | null = null;
  return {
    posts: visible,
    bySlug: new Map(visible.map((post) => [post.slug, post])),
    // Lazy: the post pages never need it.
    get tags() {
      tags ??= collectTags(visible);
      return tags;
    },
  };
}
