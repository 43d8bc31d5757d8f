/**
 * A new post's file name, which is its address (/blog/<name>/): made from the
 * Russian title with the transliteration tag pages use (lib/content/tag-slug.ts),
 * and held to check:content's own rule (lib/content/checks/file-name.ts).
 * Decap's slug encoding drops Cyrillic instead of transliterating it.
 */
import { checkFileName } from '../content/checks/file-name';
import { rawTagSlug } from '../content/tag-slug';

/** «Как ухаживать за паркетом» → kak-uhazhivat-za-parketom. */
export function fileNameFromTitle(title: string): string {
  return rawTagSlug(title);
}

/** The checker's message for a file name (without .md), or null when check:content accepts it. */
export function fileNameError(name: string): string | null {
  const [problem] = checkFileName(`${name}.md`);
  return problem ? `${problem.message}: ожидается ${problem.expected}` : null;
}
