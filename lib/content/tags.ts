import type { PostSummary } from './reshape';
import { computeTagSlug } from './tag-slug';

export interface Tag {
  /** Stable Latin slug: "доверие клиентов" → "doverie-klientov". */
  readonly slug: string;
  /** The keyword as editors write it, in Cyrillic. */
  readonly name: string;
  readonly count: number;
}

export const TAGS_PATH = '/tags/';

const slugCache = new Map<string, string>();

/**
 * The keyword's tag slug by the one rule in tag-slug.ts ('' when it has no tag
 * page). Memoised: a build asks for the same few keywords' slugs millions of
 * times (related posts compare every post with every other), and one
 * transliteration costs microseconds that add up to seconds.
 */
export function tagSlug(keyword: string): string {
  let slug = slugCache.get(keyword);
  if (slug === undefined) {
    slug = computeTagSlug(keyword);
    slugCache.set(keyword, slug);
  }
  return slug;
}

export function tagPath(slug: string): string {
  return `${TAGS_PATH}${slug}/`;
}

/** The tag slugs of a post, without repeats (two spellings may share a slug). */
export function postTagSlugs(post: Pick<PostSummary, 'keywords'>): string[] {
  return [...new Set(post.keywords.map(tagSlug).filter(Boolean))];
}

/**
 * Every tag of the given posts with its post count, most used first, then
 * alphabetically in Russian. Keywords that share a slug become one tag, named
 * by its most common spelling (ties: the spelling in the newest post, as posts
 * come newest first). Spellings that differ beyond case, spaces, hyphens and
 * quotes («C++», «C#») are check:content errors (keyword-checks.ts); a keyword
 * without a usable slug gets no tag.
 */
export function collectTags(posts: readonly Pick<PostSummary, 'keywords'>[]): Tag[] {
  const bySlug = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const post of posts) {
    const seen = new Set<string>();
    for (const keyword of post.keywords) {
      const slug = tagSlug(keyword);
      if (!slug) continue;
      const entry = bySlug.get(slug) ?? { count: 0, spellings: new Map<string, number>() };
      if (!seen.has(slug)) entry.count += 1;
      seen.add(slug);
      entry.spellings.set(keyword, (entry.spellings.get(keyword) ?? 0) + 1);
      bySlug.set(slug, entry);
    }
  }
  const collator = new Intl.Collator('ru-RU');
  return [...bySlug.entries()]
    .map(([slug, { count, spellings }]) => ({
      slug,
      count,
      // Map keeps insertion order, so on a tie the first (newest) spelling wins.
      name: [...spellings.entries()].reduce((best, next) => (next[1] > best[1] ? next : best))[0],
    }))
    .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name));
}

export function postsWithTag<T extends Pick<PostSummary, 'keywords'>>(posts: readonly T[], slug: string): T[] {
  return posts.filter((post) => postTagSlugs(post).includes(slug));
}
