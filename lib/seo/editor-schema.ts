/**
 * The `schema` frontmatter field: a JSON-LD HowTo object an editor may write
 * by hand, merged into the page's HowTo node (./howto.ts). It is validated
 * before every build by ./validate-editor-schema.ts; this module is only its
 * shape, light enough for pages to import.
 */
export type EditorSchema = Readonly<Record<string, unknown>> & { readonly '@type'?: 'HowTo' };

/** The editor's object, or null when the field is absent or not an object (check:content reports that). */
export function asEditorSchema(value: unknown): EditorSchema | null {
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
  // check:content rejects any other @type before a build, so the narrower type holds.
  return isObject ? (value as EditorSchema) : null;
}
