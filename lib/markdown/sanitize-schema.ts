import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

/**
 * GitHub's allow-list (rehype-sanitize's default) plus what editors of the old
 * blog actually wrote: `target` and `rel` on links. Scripts, iframes, styles,
 * event handlers and javascript: URLs stay out, as in the default; the text
 * inside <style> is dropped too, not shown as a paragraph.
 */
export const postSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  strip: [...(defaultSchema.strip ?? []), 'style'],
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.a ?? []), ['target', '_blank', '_self'], 'rel'],
  },
};
