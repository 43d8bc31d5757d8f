import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

/**
 * GitHub's allow-list (rehype-sanitize's default) plus what editors of the old
 * blog actually wrote: `target` and `rel` on links. Scripts, iframes, styles,
 * event handlers and javascript: URLs stay out, as in the default; the text
 * inside <style> is dropped too, not shown as a paragraph.
 */
type AttributeRule = NonNullable<SanitizeSchema['attributes']>[string][number];

/** Allows more class values on an element: the sanitiser reads only the first className rule, so values are merged into it. */
function withClasses(rules: readonly AttributeRule[], classes: readonly string[]): AttributeRule[] {
  const isClassRule = (rule: AttributeRule) => Array.isArray(rule) && rule[0] === 'className';
  const existing = rules.filter(isClassRule).flatMap((rule) => (rule as unknown[]).slice(1) as string[]);
  return [...rules.filter((rule) => !isClassRule(rule)), ['className', ...existing, ...classes]];
}

export const postSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  strip: [...(defaultSchema.strip ?? []), 'style'],
  attributes: {
    ...defaultSchema.attributes,
    // Calls to action made from placeholders (remark-placeholders.ts) keep their classes. Only they can
    // have them: editors' HTML has lost every class by now (rehype-editor-classes.ts).
    a: [...withClasses(defaultSchema.attributes?.a ?? [], ['cta-button', 'cta-link']), ['target', '_blank', '_self'], 'rel'],
    p: withClasses(defaultSchema.attributes?.p ?? [], ['cta']),
  },
};
