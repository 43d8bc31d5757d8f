import { transliterate } from 'transliteration';

/**
 * The one rule that turns a keyword into its tag's URL segment. Tag pages
 * (lib/content/tags.ts) and check:content (lib/content/keyword-checks.ts) both
 * call it, so a keyword the check lets through is always a page Next can build.
 */

/**
 * Longest tag slug. A tag is a topic of a few words: the longest real one,
 * «недвижимость Санкт-Петербурга», is 29. Sixty leaves room for twice that
 * and keeps /tags/<slug>/page/<n>/ and the files Next writes for it (slug.html,
 * slug.rsc, slug.meta) far below the 255-byte file-name limit (ENAMETOOLONG).
 */
export const TAG_SLUG_MAX = 60;

/** What a usable slug looks like: Latin letters, digits and single inner hyphens. */
export const TAG_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The slug before the length limit: transliterated (the maintained
 * `transliteration` package, so Cyrillic slugs never change under us),
 * lowercased, every run of anything but a-z and 0-9 made one hyphen, hyphens
 * trimmed. So `.`, `..` and `...` give '', `т.е.` gives t-e, `сайт.рф`
 * sayt-rf. Our own regex rather than slugify's options: slugify keeps dots
 * (`.` stays `.`, which Next resolves as /tags/ itself).
 */
export function rawTagSlug(keyword: string): string {
  return transliterate(keyword.normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Why a keyword has no tag page, or null when it has one. */
export function tagSlugFault(keyword: string): 'empty' | 'too-long' | null {
  const slug = rawTagSlug(keyword);
  if (!slug) return 'empty';
  return slug.length > TAG_SLUG_MAX ? 'too-long' : null;
}

/**
 * The tag slug of a keyword, or '' when the keyword cannot have a tag page
 * (nothing Latin is left of it, or the slug is over TAG_SLUG_MAX). check:content
 * reports both as errors; pages simply leave such a keyword without a tag, so
 * `next dev` without the check never meets an unusable slug either.
 */
export function computeTagSlug(keyword: string): string {
  const slug = rawTagSlug(keyword);
  return slug.length <= TAG_SLUG_MAX ? slug : '';
}

/**
 * Two spellings of one keyword: the same after lowercasing and treating runs
 * of spaces, hyphens, dashes, underscores, quotes and emoji (with skin tones
 * and flags) as one space. They share
 * a tag silently («Санкт-Петербург», «санкт петербург»). Keywords that share
 * a slug but differ otherwise («C++» and «C#», both /tags/c/) are different
 * topics, and check:content reports them.
 */
export function keywordSpellingKey(keyword: string): string {
  return keyword
    .normalize('NFC')
    .toLocaleLowerCase('ru-RU')
    // Emoji with their parts: skin tones, flags (regional indicators), keycaps, variation selectors, tag characters.
    .replace(/[\s\p{Pd}_"'«»„“”‘’‚‹›\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u20e3\u200d\ufe00-\ufe0f\u{e0020}-\u{e007f}]+/gu, ' ')
    .trim();
}
