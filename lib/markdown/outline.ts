/**
 * What the rendered body tells the rest of the site: the visible headline,
 * the table of contents and the sections that become HowTo steps. Contentlayer
 * can only store strings in computed fields, so this travels as JSON and is
 * read back through `parseOutline`, which checks its shape.
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseOutline(json: string | undefined): PostOutline {
  if (!json) return EMPTY_OUTLINE;
  const value: unknown = JSON.parse(json);
  if (!isRecord(value) || !Array.isArray(value.headings) || !Array.isArray(value.sections)) {
    throw new Error('outline: unexpected shape');
  }
  return value as unknown as PostOutline;
}

/**
 * Outlines produced while Contentlayer renders each body, keyed by the file's
 * path. Contentlayer keeps only the HTML of a render; computed fields read the
 * rest from here so that every body is processed exactly once.
 */
export const renderedOutlines = new Map<string, PostOutline>();
