import { kindOf, shown } from '../diagnostics';
import { imageSourceProblem } from '../image-source';
import { publicFileLookup } from '../public-files';
import type { FieldCheck } from './fields';

/** An `image` field (the hero): text, and an address the page can show. */
export const checkImageField: FieldCheck = (spec, fields, context) => {
  const field = fields.get(spec.name);
  if (!field || field.value === null) return [];
  const base = { line: field.line, field: field.key, value: shown(field.value) };
  if (typeof field.value !== 'string') {
    return [
      {
        ...base,
        message: `не текст, а ${kindOf(field.value)}`,
        expected: spec.expected,
        severity: 'error',
      },
    ];
  }
  const problem = imageSourceProblem(field.value.trim(), publicFileLookup(context.publicDir), context.imageOrigins);
  return problem ? [{ ...base, ...problem }] : [];
};
