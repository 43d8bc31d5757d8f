/**
 * What every editor-facing check shares: how a wrong value is quoted back, how
 * its kind is named in Russian, and which known name a typo was meant to be.
 * One copy, used by the frontmatter, body and JSON-LD checks alike.
 */

/** A value as the editor wrote it, on one line, at most `max` characters. */
export function shown(value: unknown, max = 200): string {
  const text =
    typeof value === 'string'
      ? value
      : value instanceof Date
        ? value.toISOString()
        : value === null || value === undefined
          ? ''
          : typeof value === 'object'
            ? JSON.stringify(value)
            : String(value);
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * What kind of value it is, in Russian, for "не текст, а список". Objects are
 * "вложенные поля" unless the caller names them better (the JSON-LD check
 * names their @type).
 */
export function kindOf(value: unknown, describeObject: (value: object) => string = () => 'вложенные поля'): string {
  if (Array.isArray(value)) return 'список';
  if (value === null || value === undefined) return 'пустое значение';
  if (typeof value === 'number') return 'число';
  if (typeof value === 'boolean') return 'true/false';
  if (typeof value === 'object') return describeObject(value);
  return 'текст';
}

/** Levenshtein with adjacent transpositions (optimal string alignment): "nmae" is one typo from "name". */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The names nearest to `word` within `maxDistance` edits, nearest first and
 * in the order given among equals. `key` normalises both sides before they
 * are compared (case, separators).
 */
export function nearestNames(
  word: string,
  names: Iterable<string>,
  maxDistance: number,
  key: (name: string) => string = (name) => name,
): string[] {
  let best = maxDistance + 1;
  let found: string[] = [];
  const wanted = key(word);
  for (const name of names) {
    const distance = editDistance(wanted, key(name));
    if (distance > maxDistance) continue;
    if (distance < best) [best, found] = [distance, [name]];
    else if (distance === best) found.push(name);
  }
  return found;
}
