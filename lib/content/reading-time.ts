import { plural } from './plurals';

/** Russian prose is read at roughly 180 words a minute on screen. */
export const WORDS_PER_MINUTE = 180;

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

/** "1 минута", "3 минуты", "7 минут" — Russian plural forms via Intl.PluralRules. */
export function formatMinutes(minutes: number): string {
  return plural(minutes, { one: 'минута', few: 'минуты', many: 'минут', other: 'минуты' });
}

export function formatReadingTime(wordCount: number): string {
  return `${formatMinutes(readingMinutes(wordCount))} чтения`;
}

/** Counts words the way a reader would: runs of letters or digits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu)?.length ?? 0;
}
