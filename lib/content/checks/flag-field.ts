import { shown } from '../diagnostics';
import type { FieldCheck } from './fields';

/** A `boolean` field (draft): a real true or false, not the text "true". */
export const checkFlagField: FieldCheck = (spec, fields) => {
  const field = fields.get(spec.name);
  if (!field || field.value === null || typeof field.value === 'boolean') return [];
  return [
    {
      line: field.line,
      field: field.key,
      value: shown(field.value),
      // draft: "true" is text, not yes/no: say so, or the message reads as «true» — не true/false.
      message: /^(true|false)$/i.test(String(field.value).trim()) ? 'true/false в кавычках — это текст, а не да/нет' : 'не true/false',
      expected: spec.expected,
      severity: 'error',
    },
  ];
};
