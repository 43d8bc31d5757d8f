import { kindOf, shown } from '../diagnostics';
import { SLUG_RULE } from '../slug-list';
import type { FieldCheck, Problem } from './fields';

/**
 * A `redirectFrom` field on its own: one slug as text or a list of them, each
 * held to the file-name rule (a slug is what a file was called). Whether a
 * slug collides with a post or another redirect, or makes a chain or a loop,
 * needs every post: ../redirects.ts.
 */
export const checkRedirectsField: FieldCheck = (spec, fields) => {
  const field = fields.get(spec.name);
  if (!field || field.value === null) return [];
  const at = { line: field.line, field: field.key, severity: 'error' as const };
  const items: unknown[] = typeof field.value === 'string' ? [field.value] : Array.isArray(field.value) ? field.value : [];
  if (typeof field.value !== 'string' && !Array.isArray(field.value)) {
    return [{ ...at, value: shown(field.value), message: `не список и не текст, а ${kindOf(field.value)}`, expected: spec.expected }];
  }
  const problems: Problem[] = [];
  for (const item of items) {
    if (typeof item !== 'string') {
      problems.push({ ...at, value: shown(item), message: `в списке есть элемент, который не текст (${kindOf(item)})`, expected: spec.expected });
      continue;
    }
    const slug = item.trim();
    if (SLUG_RULE.test(slug)) continue;
    const address = /^\/?blog\/([^/]+)\/?$/.exec(slug)?.[1];
    problems.push({
      ...at,
      value: item,
      message: slug === '' ? 'пустой элемент списка' : `«${slug}» — не имя файла статьи`,
      expected: address
        ? `только имя без /blog/ и косых черт: ${address}`
        : 'прежнее имя файла без .md: строчные латинские буквы, цифры и одиночные дефисы, например staroe-imya',
    });
  }
  return problems;
};
