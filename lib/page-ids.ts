/**
 * Every id the page templates give their own elements, in one place: the
 * components use these names, and a post's heading ids are kept apart from
 * them (lib/markdown/rehype-heading-ids.ts), so a `## Content` heading can
 * never take the skip link's target. Footnote ids are not here: they are in
 * the post's own tree when its heading ids are made.
 */
export const PAGE_IDS = {
  /** The layout's <main>, target of the skip link. */
  main: 'content',
  /** The header's search field. */
  siteSearch: 'site-search',
  /** The "Похожие статьи" heading under a post. */
  relatedHeading: 'related-heading',
} as const;

export const RESERVED_PAGE_IDS: readonly string[] = Object.values(PAGE_IDS);
