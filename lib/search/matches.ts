/**
 * Which words of a page matched a query, and whether they really match it.
 *
 * When no indexed word starts with a query term, Pagefind falls back to the
 * longest indexed word that the term starts with. In Russian that is often a
 * one-letter preposition: «владельцам» matches «в», «кондиционер» matches «к»,
 * and nearly every post comes back. A term counts as found only when a
 * matched word shares a real prefix with it: most of the term, at least three
 * letters. Stems pass («доверием» → «доверие», «клиентам» → «клиентов»).
 */

/** Lower case, no accents (ё → е, as Pagefind normalises), no punctuation at the edges. */
export function normalizeWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .toLocaleLowerCase('ru');
}

/** The normalised words of a text: a query, as Pagefind splits it, or a title. */
export function splitWords(query: string): string[] {
  return query.split(/\s+/).map(normalizeWord).filter(Boolean);
}

/** The words at Pagefind's match locations: it numbers the words of the page text split on white space. */
export function wordsAt(content: string, locations: readonly number[]): string[] {
  const words = content.split(/[^\S\uFEFF]+/);
  return locations.map((at) => normalizeWord(words[at] ?? '')).filter(Boolean);
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Does the word match the term by more than a coincidental first letter or two? */
export function matchesTerm(word: string, term: string): boolean {
  const needed = Math.min(term.length, Math.max(3, Math.ceil(term.length / 2)));
  return sharedPrefix(word, term) >= needed;
}

/** The distinct words that really match some term, in order of appearance. */
export function realMatches(terms: readonly string[], words: readonly string[]): string[] {
  return [...new Set(words.filter((word) => terms.some((term) => matchesTerm(word, term))))];
}

/** Every term is really matched by one of the words (the page's matches, plus its title's words). */
export function coversQuery(terms: readonly string[], words: readonly string[]): boolean {
  return terms.every((term) => words.some((word) => matchesTerm(word, term)));
}
