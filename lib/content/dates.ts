/**
 * Frontmatter dates. Editors write ISO dates ("2025-07-26") or date-times
 * ("2025-07-26T09:57:37Z"). A value without an offset is in the site's zone
 * (site.timeZone, Moscow): that is where the company and its editors are.
 * Contentlayer's own `date` field reads offset-less date-times in the build
 * machine's zone, so we parse here instead.
 */

import { site } from '../site';

/** A date or date-time as editors may write it; parseContentDate also checks the calendar and the offset. */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

export const CONTENT_TIME_ZONE = site.timeZone;

// Building an Intl.DateTimeFormat costs far more than using one: a 1000-post
// build formats offsets tens of thousands of times (a second of CPU in the profile).
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function offsetFormat(timeZone: string): Intl.DateTimeFormat {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, format);
  }
  return format;
}

/** The offset of `timeZone` at `utcMillis`, as "+03:00", read through Intl. */
export function zoneOffset(utcMillis: number, timeZone: string = CONTENT_TIME_ZONE): string {
  const part = offsetFormat(timeZone)
    .formatToParts(new Date(utcMillis))
    .find((p) => p.type === 'timeZoneName')?.value;
  // Intl writes "GMT" for a zero offset and "GMT+03:00" otherwise.
  const offset = part?.replace('GMT', '') ?? '';
  return offset === '' ? '+00:00' : offset;
}

function offsetMinutes(offset: string): number {
  if (offset.toUpperCase() === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(offset);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/** Real UTC offsets run from -12:00 to +14:00 with minutes under 60. */
function isRealOffset(offset: string): boolean {
  if (offset.toUpperCase() === 'Z') return true;
  const m = /^[+-](\d{2}):?(\d{2})$/.exec(offset);
  return m !== null && Number(m[1]) <= 14 && Number(m[2]) < 60;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * Parses a frontmatter date. Returns an ISO 8601 string that always carries the
 * offset (as written, or Moscow's), or null when the value is not a real date.
 */
export function parseContentDate(value: unknown, timeZone: string = CONTENT_TIME_ZONE): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value !== 'string') return null;
  const m = ISO_DATE.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac, offset] = m;
  const year = Number(y), month = Number(mo), day = Number(d);
  const hour = Number(h), minute = Number(mi), second = Number(s);
  // Truncate to milliseconds: rounding .9999 up would need a carry into the seconds.
  const millis = frac ? Math.floor(Number(`0${frac}`) * 1000) : 0;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const probe = new Date(asUtc);
  // Date.UTC rolls 2025-02-30 over into March: a rolled value is not a real date.
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  if (offset && !isRealOffset(offset)) return null;

  let zone: string;
  if (offset) {
    zone = offset.toUpperCase() === 'Z' ? 'Z' : offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
  } else {
    // Wall-clock time in the content zone: find the offset in force then.
    zone = zoneOffset(asUtc - offsetMinutes(zoneOffset(asUtc, timeZone)) * 60_000, timeZone);
  }
  const fraction = millis ? `.${pad(millis, 3)}` : '';
  return `${y}-${mo}-${d}T${pad(hour)}:${pad(minute)}:${pad(second)}${fraction}${zone}`;
}

/** Milliseconds since the epoch of a date produced by parseContentDate. */
export function toEpoch(isoWithOffset: string): number {
  return new Date(isoWithOffset).getTime();
}

const russianDate = new Intl.DateTimeFormat('ru-RU', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: CONTENT_TIME_ZONE,
});

/** "26 июля 2025 г." — the one date formatter the UI uses. */
export function formatRussianDate(iso: string): string {
  return russianDate.format(new Date(iso));
}

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: CONTENT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * The same instant written in Moscow time with its offset ("…T12:57:37+03:00"),
 * for structured data and feeds: readers and crawlers then see the local date
 * the editor meant, and every value carries an explicit offset.
 */
export function toMoscowIso(iso: string): string {
  const millis = new Date(iso).getTime();
  const parts = Object.fromEntries(wallClock.formatToParts(new Date(millis)).map((p) => [p.type, p.value]));
  const ms = millis % 1000;
  const fraction = ms ? `.${pad((ms + 1000) % 1000, 3)}` : '';
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${fraction}${zoneOffset(millis)}`;
}
