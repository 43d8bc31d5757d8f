/**
 * `redirectFrom` holds the slugs a post had before it was renamed: a YAML
 * list, or one slug written as text (`redirectFrom: staroe-imya`). Both become
 * one trimmed, de-duplicated list; anything that is not text is dropped here
 * and reported by check:content (checks/redirects-field.ts).
 */
export function parseSlugList(value: unknown): string[] {
  const raw: unknown[] = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  const result: string[] = [];
  for (const item of raw) {
    if (typeof item !== 'string') continue;
    const slug = item.trim();
    if (slug && !result.includes(slug)) result.push(slug);
  }
  return result;
}

/** A slug as a post's file name has it (checks/file-name.ts, URL_SAFE_NAME without `.md`). */
export const SLUG_RULE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
