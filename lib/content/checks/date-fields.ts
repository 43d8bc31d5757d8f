import { parseContentDate, toEpoch } from '../dates';
import { shown } from '../diagnostics';
import { knownField, type FieldSpec } from '../model';
import type { FieldCheck, Problem } from './fields';

/**
 * A value that is not a date. Contentlayer's computed dates
 * (contentlayer.config.ts) throw with this same problem when the build runs
 * without check:content.
 */
export function notADate(field: { readonly key: string; readonly line?: number; readonly value: unknown }): Problem {
  const expected = knownField(field.key)?.expected;
  return {
    ...(field.line !== undefined ? { line: field.line } : {}),
    field: field.key,
    value: shown(field.value),
    message: 'не дата',
    ...(expected !== undefined ? { expected } : {}),
    severity: 'error',
  };
}

/** A date field: required or not, a real date, not earlier than the field named by `notBefore`. */
export const checkDateField: FieldCheck = (spec: FieldSpec, fields) => {
  const field = fields.get(spec.name);
  const expected = spec.expectedWhenMissing ?? spec.expected;
  if (!field) return spec.required ? [{ line: 1, field: spec.name, message: 'нет обязательного поля', expected, severity: 'error' }] : [];
  if (field.value === null) return spec.required ? [{ line: field.line, field: spec.name, message: 'поле пустое', expected, severity: 'error' }] : [];
  const date = parseContentDate(field.value);
  if (!date) return [notADate(field)];
  const earliest = spec.notBefore ? fields.get(spec.notBefore) : undefined;
  const bound = earliest ? parseContentDate(earliest.value) : null;
  if (!bound || toEpoch(date) >= toEpoch(bound)) return [];
  return [
    {
      line: field.line,
      field: field.key,
      value: shown(field.value),
      message: `дата обновления раньше даты публикации (${spec.notBefore}: ${shown(earliest?.value)})`,
      expected: `${spec.name} не раньше ${spec.notBefore}`,
      severity: 'error',
    },
  ];
};
