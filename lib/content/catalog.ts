import { parseFrontmatter } from './frontmatter';
import { normalisedField } from './model';
import { slugFromFilePath } from './paths';
import { SLUG_RULE } from './slug-list';

/**
 * What one post needs to know about the others while it is rendered: which
 * slugs exist (to fail on dead links) and their titles (to repair link texts).
 * check:content reads it from the files themselves; pages build it from the
 * summary index (catalogFromSummaries).
 */
export interface CatalogEntry {
  readonly slug: string;
  readonly title: string;
  readonly filePath: string;
  /** `draft: true` as written; anything else counts as not a draft (the checker reports bad values). */
  readonly draft: boolean;
  /** pubDate as ISO 8601 with offset, or null when it is not a date. */
  readonly publishedAt: string | null;
}
/**
 * Keyed by slug. A renamed post's old slugs (redirectFrom) are keys too, for
 * the post's own entry, so a link to /blog/<old>/ is a link to the post and is
 * written with its new address (remark-post-links.ts). Live slugs win over old
 * ones, and the first post to claim an old slug keeps it: check:content
 * reports both conflicts (checks/redirects.ts). `entry.slug` is always live.
 */
export type PostCatalog = ReadonlyMap<string, CatalogEntry>;

/** Adds each post's old slugs as keys for its entry, where no live post or earlier claim has the key. */
function withOldSlugs(catalog: Map<string, CatalogEntry>, oldSlugs: readonly (readonly [string, readonly string[]])[]): Map<string, CatalogEntry> {
  for (const [slug, old] of oldSlugs) {
    const entry = catalog.get(slug);
    if (entry) for (const alias of old) if (!catalog.has(alias) && SLUG_RULE.test(alias)) catalog.set(alias, entry);
  }
  return catalog;
}

/** Whether a catalog key is a post's own slug, not an old one. */
export function isLiveSlug(catalog: PostCatalog, key: string): boolean {
  return catalog.get(key)?.slug === key;
}

export function buildCatalog(files: readonly { filePath: string; source: string }[]): PostCatalog {
  const catalog = new Map<string, CatalogEntry>();
  const oldSlugs: [string, readonly string[]][] = [];
  for (const { filePath, source } of files) {
    const { data } = parseFrontmatter(source);
    const slug = slugFromFilePath(filePath);
    // Read as the pages read them (the content model's normalisation), so both sides agree on title, draft and date.
    const title = normalisedField(data, 'title');
    catalog.set(slug, { slug, title, filePath, draft: normalisedField(data, 'draft'), publishedAt: normalisedField(data, 'pubDate') });
    oldSlugs.push([slug, normalisedField(data, 'redirectFrom')]);
  }
  return withOldSlugs(catalog, oldSlugs);
}

/** The catalog of a built site: every generated post, drafts and scheduled ones included. */
export function catalogFromSummaries(
  posts: readonly { slug: string; title: string; draft: boolean; publishedAt: string; redirectFrom?: readonly string[] }[],
  sources: Readonly<Record<string, string>>,
  contentDirPath: string,
): PostCatalog {
  const catalog = new Map(
    posts.map((post) => [
      post.slug,
      { slug: post.slug, title: post.title, filePath: `${contentDirPath}/${sources[post.slug] ?? ''}`, draft: post.draft, publishedAt: post.publishedAt },
    ]),
  );
  return withOldSlugs(catalog, posts.map((post) => [post.slug, post.redirectFrom ?? []] as const));
}
