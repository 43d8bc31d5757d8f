import { kindOf, shown } from '../diagnostics';
import { keywordSlugProblems } from '../keyword-checks';
import type { FieldCheck } from './fields';

/** A `keywords` field: text or a list of text, each keyword a usable tag (../keyword-checks.ts). */
export const checkKeywordsField: FieldCheck = (spec, fields, context) => {
  const field = fields.get(spec.name);
  if (!field || field.value === null) return [];
  if (typeof field.value === 'string') return keywordSlugProblems(context.keywords, field.line);
  const expected = spec.expected;
  if (!Array.isArray(field.value)) {
    return [{ line: field.line, field: field.key, value: shown(field.value), message: `не текст и не список, а ${kindOf(field.value)}`, expected, severity: 'error' }];
  }
  const bad = field.value.filter((item) => typeof item !== 'string');
  if (!bad.length) return keywordSlugProblems(context.keywords, field.line);
  return [
    {
      line: field.line,
      field: field.key,
      value: shown(field.value),
      message: `в списке есть элементы, которые не текст: ${bad.map((item) => `${shown(item) || '(пусто)'} (${kindOf(item)})`).join(', ')}`,
      expected: `${expected}; слово с двоеточием или числом — в кавычках`,
      severity: 'error',
    },
  ];
};
