import { parseContentDate, toMoscowIso } from '../content/dates';

/**
 * Dates in the admin: editors see and pick the site's wall-clock time
 * (site.timeZone, Moscow), whatever zone their own computer is in, and the
 * file gets a value that means the same instant.
 *
 * Nothing here knows that Moscow is UTC+3: the zone comes from the site
 * configuration and every offset from Intl (through ../content/dates.ts), so
 * an older date gets the offset Moscow had then (+04:00 in 2011–2014) and
 * another site's zone works unchanged. The one fixed thing is the shape of
 * an `<input type="datetime-local">` value, which the HTML standard defines.
 *
 * Decap's own datetime widget cannot do this: it shows and writes the
 * browser's local time, drops seconds, and writes a Date-shaped string with
 * milliseconds. The admin's date widget uses these two functions instead.
 */

/**
 * A datetime-local value: the browser writes seconds only when they are not
 * zero (even with step="1"), and a fraction only with a finer step.
 */
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?$/;

/**
 * A date from the file (any form parseContentDate reads: `2025-07-26`,
 * `2025-07-26T09:57:37Z`, with an offset, a Date) as the site's wall-clock
 * time for `<input type="datetime-local" step="1">`: `YYYY-MM-DDTHH:mm:ss`.
 * Milliseconds do not fit the input and are left out of what it shows (the
 * file keeps them while the editor does not change the date). Null when the
 * value is not a date.
 */
export function fileDateToWallClock(value: unknown): string | null {
  const iso = parseContentDate(value);
  // toMoscowIso writes "YYYY-MM-DDTHH:mm:ss[.sss]±hh:mm" in the site's zone.
  return iso === null ? null : toMoscowIso(iso).slice(0, 19);
}

/**
 * A wall-clock time picked in the input, in the site's zone, as the file
 * writes it: `YYYY-MM-DDTHH:mm:ss+03:00`, always with seconds and the
 * offset in force at that time, so every reader (check:content, the build,
 * feeds) gets the same instant without knowing the site's zone. A fraction
 * the input gave is kept. Null for a value the input cannot produce or a
 * day that does not exist.
 */
export function wallClockToFileDate(wallClock: string): string | null {
  const m = WALL_CLOCK.exec(wallClock.trim());
  if (!m) return null;
  const [, year, month, day, hour, minute, second = '00', fraction = ''] = m;
  // parseContentDate reads a time without an offset in the site's zone and writes the offset it found.
  return parseContentDate(`${year}-${month}-${day}T${hour}:${minute}:${second}${fraction}`);
}
