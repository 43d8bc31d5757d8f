/**
 * What the rendered body tells the rest of the site: the visible headline,
 * the table of contents and the sections that become HowTo steps.
 */
export interface OutlineHeading {
  readonly depth: 2 | 3;
  readonly id: string;
  readonly text: string;
}

export interface OutlineSection {
  /** id of the section's `##` heading. */
  readonly id: string;
  readonly title: string;
  /** Text of the section's first paragraph, or '' when it has none. */
  readonly firstParagraph: string;
}

export interface PostOutline {
  /** Text of the `#` heading the body opened with, if it did. */
  readonly headline: string | null;
  readonly headings: readonly OutlineHeading[];
  readonly sections: readonly OutlineSection[];
  readonly wordCount: number;
}

export const EMPTY_OUTLINE: PostOutline = { headline: null, headings: [], sections: [], wordCount: 0 };
