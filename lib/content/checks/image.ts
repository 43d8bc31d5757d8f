import { kindOf, shown } from '../diagnostics';
import { readFileSync } from 'node:fs';
import { imageSize } from 'image-size';
import { heroWidthProblem } from '../image-file';
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
  const src = field.value.trim();
  const lookup = publicFileLookup(context.publicDir);
  const problem = imageSourceProblem(src, lookup, context.imageOrigins);
  if (problem) return [{ ...base, ...problem }];
  // A local hero the page can show: is it wide enough for its slot?
  const found = src.startsWith('/') ? lookup(src) : null;
  const width = found ? pixelWidth(found.file) : undefined;
  const narrow = found && width ? heroWidthProblem(found.file, width) : null;
  return narrow ? [{ ...base, ...narrow }] : [];
};

/** The picture's width in pixels, or undefined when image-size cannot read it (then there is nothing to say). */
function pixelWidth(file: string): number | undefined {
  try {
    return imageSize(readFileSync(file)).width;
  } catch {
    return undefined;
  }
}
