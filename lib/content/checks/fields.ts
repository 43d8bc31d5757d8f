import type { ContentProblem } from '../problems';
import type { FieldSpec } from '../model';
import type { GlyphCoverage } from '../../og/glyphs';
import type { Vocabulary } from '../../seo/vocabulary';

/** A problem within one file; the orchestrator (../validate.ts) adds the file. */
export type Problem = Omit<ContentProblem, 'file'>;

/** A top-level frontmatter field as written. */
export interface Field {
  /** The key as written. */
  readonly key: string;
  /** 1-based line of the key in the file. */
  readonly line: number;
  readonly value: unknown;
}

export type Fields = ReadonlyMap<string, Field>;

/** What the per-field checks need besides the fields themselves. */
export interface FieldCheckContext {
  /** Folder that a hero path like /images/x.jpg is looked up in. */
  readonly publicDir: string;
  readonly imageOrigins: readonly string[];
  /** What the generated social image's fonts draw. */
  readonly ogGlyphs: GlyphCoverage;
  /** Loaded on first use: most posts have no `schema`. */
  readonly vocabulary: () => Vocabulary;
  /** The keywords as the pages read them (parseKeywords), parsed once per post. */
  readonly keywords: readonly string[];
}

/** The checks of one kind of field, given its model entry. */
export type FieldCheck = (spec: FieldSpec, fields: Fields, context: FieldCheckContext) => Problem[];
