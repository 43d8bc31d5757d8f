import { kindOf, shown } from '../diagnostics';
import type { FieldSpec, LengthLimit } from '../model';
import type { FieldCheck, Fields, Problem } from './fields';
import type { GlyphCoverage } from '../../og/glyphs';

/** Characters, not UTF-16 units: what an editor counts. */
function charCount(text: string): number {
  return Array.from(text.replace(/\s+/g, ' ').trim()).length;
}

function tooLong(spec: FieldSpec, limit: LengthLimit, line: number, value: string): Problem[] {
  const count = charCount(value);
  if (count <= limit.max) return [];
  return [
    {
      line,
      field: spec.name,
      value: shown(value),
      message: `${limit.tooLong} ${limit.max} символов (${count})`,
      expected: `до ${limit.max} символов: ${limit.advice}`,
      severity: 'warning',
    },
  ];
}

function checkRequiredText(spec: FieldSpec, fields: Fields): Problem[] {
  const name = spec.name;
  const expected = spec.expectedWhenMissing ?? spec.expected;
  const field = fields.get(name);
  if (!field) return [{ line: 1, field: name, message: 'нет обязательного поля', expected, severity: 'error' }];
  const { value, line } = field;
  if (value !== null && typeof value !== 'string') {
    return [{ line, field: name, value: shown(value), message: `не текст, а ${kindOf(value)}`, expected: spec.expected, severity: 'error' }];
  }
  if (value === null || value.trim() === '') {
    return [{ line, field: name, message: 'поле пустое', expected, severity: 'error' }];
  }
  return spec.limit ? tooLong(spec, spec.limit, line, value) : [];
}

/** Optional text fields: absent or empty is fine (Contentlayer skips null), anything but text is not. */
function checkOptionalText(spec: FieldSpec, fields: Fields): Problem[] {
  const field = fields.get(spec.name);
  if (!field || field.value === null) return [];
  if (typeof field.value !== 'string') {
    return [
      {
        line: field.line,
        field: spec.name,
        value: shown(field.value),
        message: `не текст, а ${kindOf(field.value)}`,
        expected: spec.expected,
        severity: 'error',
      },
    ];
  }
  return spec.limit ? tooLong(spec, spec.limit, field.line, field.value) : [];
}

/**
 * The generated social image (app/og) draws only what its shipped fonts have
 * and leaves the rest out, so the editor hears which characters will be missing.
 */
function checkOgGlyphs(spec: FieldSpec, fields: Fields, glyphs: GlyphCoverage): Problem[] {
  const field = fields.get(spec.name);
  if (!field || typeof field.value !== 'string') return [];
  const { missing } = glyphs.fit(field.value);
  if (!missing.length) return [];
  return [
    {
      line: field.line,
      field: spec.name,
      value: shown(field.value),
      message: `на картинке для соцсетей не будет символов, которых нет в её шрифтах: ${missing.map((c) => `«${c}»`).join(' ')}`,
      expected:
        'русские и латинские буквы, цифры и знаки препинания; если эти символы важны, укажите обложку в heroImage: соцсети покажут её',
      severity: 'warning',
    },
  ];
}

/** `string` and `text` fields: required or optional, a length limit, the social image's glyphs. */
export const checkTextField: FieldCheck = (spec, fields, context) => [
  ...(spec.required ? checkRequiredText(spec, fields) : checkOptionalText(spec, fields)),
  ...(spec.onSocialImage ? checkOgGlyphs(spec, fields, context.ogGlyphs) : []),
];
