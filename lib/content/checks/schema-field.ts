import { validateEditorSchema } from '../../seo/validate-editor-schema';
import type { FieldCheck } from './fields';

/** A `json-ld` field (schema): the editor's object, checked against schema.org and Google's rules; one problem per mistake. */
export const checkSchemaField: FieldCheck = (spec, fields, context) => {
  const field = fields.get(spec.name);
  if (!field || field.value === null) return [];
  return validateEditorSchema(field.value, context.vocabulary()).map((problem) => ({
    line: field.line,
    field: problem.property ? `${field.key}.${problem.property}` : field.key,
    ...(problem.value !== undefined ? { value: problem.value } : {}),
    message: problem.message,
    expected: problem.expected,
    severity: 'error' as const,
  }));
};
