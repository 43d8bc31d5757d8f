import type { PostSummary } from './reshape';
import { byNewest } from './summary-index';
import { site } from '../site';

export const ARCHIVE_PATH = '/archive/';

export interface ArchiveMonth {
  /** `2025-07`: the month in the site's time zone. */
  readonly key: string;
  /** 1–12. */
  readonly month: number;
  /** «Июль 2025»: the nominative (standalone) month name, capitalised as a heading. */
  readonly label: string;
  /** Newest first. */
  readonly posts: readonly PostSummary[];
}

export interface ArchiveYear {
  readonly year: number;
  /** Newest first. */
  readonly months: readonly ArchiveMonth[];
}

const monthNames = new Map<string, Intl.DateTimeFormat>();
const yearMonths = new Map<string, Intl.DateTimeFormat>();

/** `2025-08` for an instant: its year and month on the wall clock of `timeZone`. */
export function monthKey(iso: string, timeZone: string = site.timeZone): string {
  let format = yearMonths.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', timeZone });
    yearMonths.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}`;
}

/**
 * The month's name alone: with `{ month: 'long' }` and nothing else Intl gives
 * the standalone, nominative form («июль»); with a day beside it the genitive
 * («26 июля»). Formatted at noon UTC of the 15th, a date that is in that month
 * in every zone.
 */
export function russianMonthName(year: number, month: number, locale: string = site.locale): string {
  let format = monthNames.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    monthNames.set(locale, format);
  }
  return format.format(new Date(Date.UTC(year, month - 1, 15, 12)));
}

function capitalised(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/**
 * Every post grouped by year and month of its publication in the site's time
 * zone, newest first: a post at 2025-07-31T23:30Z is in August (Moscow is
 * UTC+3). Pure: the page hands it the published summaries.
 */
export function archiveByMonth(
  posts: readonly PostSummary[],
  options: { timeZone?: string; locale?: string } = {},
): ArchiveYear[] {
  const locale = options.locale ?? site.locale;
  const timeZone = options.timeZone ?? site.timeZone;
  const byKey = new Map<string, PostSummary[]>();
  for (const post of [...posts].sort(byNewest)) {
    const key = monthKey(post.publishedAt, timeZone);
    const list = byKey.get(key);
    if (list) list.push(post);
    else byKey.set(key, [post]);
  }
  const years: { year: number; months: ArchiveMonth[] }[] = [];
  // Posts come newest first, so months (and years) are met newest first too.
  for (const [key, monthPosts] of byKey) {
    const year = Number(key.slice(0, 4));
    const month = Number(key.slice(5, 7));
    let last = years.at(-1);
    if (last?.year !== year) {
      last = { year, months: [] };
      years.push(last);
    }
    last.months.push({ key, month, label: `${capitalised(russianMonthName(year, month, locale), locale)} ${year}`, posts: monthPosts });
  }
  return years;
}
