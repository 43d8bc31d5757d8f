/**
 * Size limits of one post, in one place. Past the warning the post still
 * builds and check:content says it is too big for readers; past the error
 * check:content (and so `npm run build`) and the page itself refuse it, well
 * before the build suffers: a 5 MB body took 6 s and 0.5 GB to render alone
 * and made a 7.9 MB page, and 10,000 headings made 10,000 contents entries and
 * HowTo steps. The real posts have at most 16 KB, 24 headings and 7 steps.
 */

export interface Limit {
  readonly warning: number;
  readonly error: number;
}

export interface ContentLimits {
  /** UTF-8 bytes of the body: the markdown after the frontmatter, trimmed. */
  readonly bodyBytes: Limit;
  /** Entries of the contents: `##` and `###` headings (and `#` ones after the first). */
  readonly headings: Limit;
  /** HowTo steps: `##` sections that open with a paragraph of text (lib/seo/howto.ts). */
  readonly howToSteps: Limit;
}

export const CONTENT_LIMITS: ContentLimits = {
  // 100 KB is about 50,000 Cyrillic characters, six times the longest real post.
  bodyBytes: { warning: 100 * 1024, error: 500 * 1024 },
  headings: { warning: 50, error: 150 },
  howToSteps: { warning: 20, error: 50 },
};
