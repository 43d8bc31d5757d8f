import { POST_FIELDS, type FieldSpec } from './model';

/**
 * The frontmatter field tables of README.md (English) and docs/editing.md
 * (Russian), rendered from the content model. The tables sit between two
 * marker comments; scripts/write-field-tables.ts rewrites them, and
 * field-tables.test.ts fails when a document's table differs from this.
 */

export type TableLanguage = 'en' | 'ru';

const HEADER: Readonly<Record<TableLanguage, readonly [string, string, string]>> = {
  en: ['field', 'required', 'what it is'],
  ru: ['поле', 'обязательно?', 'что это'],
};

const YES_NO: Readonly<Record<TableLanguage, readonly [string, string]>> = { en: ['yes', 'no'], ru: ['да', 'нет'] };

/** The documents that carry a field table, relative to the repository root. */
export const FIELD_TABLE_DOCUMENTS: readonly { readonly file: string; readonly language: TableLanguage }[] = [
  { file: 'README.md', language: 'en' },
  { file: 'docs/editing.md', language: 'ru' },
];

export const TABLE_START = '<!-- field table: generated from lib/content/model.ts by `npx tsx scripts/write-field-tables.ts` -->';
export const TABLE_END = '<!-- end of field table -->';

function row(spec: FieldSpec, language: TableLanguage): string {
  const [yes, no] = YES_NO[language];
  return `| \`${spec.name}\` | ${spec.required ? yes : no} | ${spec.docs[language]} |`;
}

/** The markdown table of every field, one row per field in the model's order. */
export function renderFieldTable(language: TableLanguage, fields: readonly FieldSpec[] = POST_FIELDS): string {
  const header = HEADER[language];
  return [`| ${header.join(' | ')} |`, '|---|---|---|', ...fields.map((spec) => row(spec, language))].join('\n');
}

/** The table between the markers of a document, or null when the document has no markers. */
export function fieldTableIn(document: string): string | null {
  const start = document.indexOf(TABLE_START);
  const end = document.indexOf(TABLE_END, start);
  if (start === -1 || end === -1) return null;
  return document.slice(start + TABLE_START.length, end).trim();
}

/** The document with the table between its markers replaced by the model's; throws when the markers are missing. */
export function withFieldTable(document: string, language: TableLanguage): string {
  const start = document.indexOf(TABLE_START);
  const end = document.indexOf(TABLE_END, start);
  if (start === -1 || end === -1) throw new Error(`no field table markers (${TABLE_START} … ${TABLE_END})`);
  return `${document.slice(0, start + TABLE_START.length)}\n${renderFieldTable(language)}\n${document.slice(end)}`;
}
