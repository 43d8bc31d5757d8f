import { parseFrontmatter } from './frontmatter';
import { normalisedField } from './model';
import { slugFromFilePath } from './paths';

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
export type PostCatalog = ReadonlyMap<string, CatalogEntry>;

export function buildCatalog(files: readonly { filePath: string; source: string }[]): PostCatalog {
  const catalog = new Map<string, CatalogEntry>();
  for (const { filePath, source } of files) {
    const { data } = parseFrontmatter(source);
    const slug = slugFromFilePath(filePath);
    // Read as the pages read them (the content model's normalisation), so both sides agree on title, draft and date.
    const title = normalisedField(data, 'title');
    catalog.set(slug, { slug, title, filePath, draft: normalisedField(data, 'draft'), publishedAt: normalisedField(data, 'pubDate') });
  }
  return catalog;
}

/** The catalog of a built site: every generated post, drafts and scheduled ones included. */
export function catalogFromSummaries(
  posts: readonly { slug: string; title: string; draft: boolean; publishedAt: string }[],
  sources: Readonly<Record<string, string>>,
  contentDirPath: string,
): PostCatalog {
  return new Map(
    posts.map((post) => [
      post.slug,
      { slug: post.slug, title: post.title, filePath: `${contentDirPath}/${sources[post.slug] ?? ''}`, draft: post.draft, publishedAt: post.publishedAt },
    ]),
  );
}
