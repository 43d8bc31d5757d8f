/**
 * `keywords` is a comma-separated string in posts from the old blog and may be
 * a YAML list in new ones. Both become one trimmed, de-duplicated list.
 */
export function parseKeywords(value: unknown): string[] {
  const raw: unknown[] = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [];
  const seen = new Set<string>();
  const result: string[] = [];
  for (const item of raw) {
    if (typeof item !== 'string' && typeof item !== 'number') continue;
    const keyword = String(item).replace(/\s+/g, ' ').trim();
    const key = keyword.toLocaleLowerCase('ru-RU');
    if (keyword && !seen.has(key)) {
      seen.add(key);
      result.push(keyword);
    }
  }
  return result;
}
