import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { CONTENT_TIME_ZONE, formatRussianDate, parseContentDate, toEpoch, zoneOffset } from './dates';

describe('parseContentDate: valid values', () => {
  test('the seed pubDate keeps its Z and its milliseconds', () => {
    assert.equal(parseContentDate('2025-07-26T09:57:37.781Z'), '2025-07-26T09:57:37.781Z');
  });

  test('a lower-case z is written as Z', () => {
    assert.equal(parseContentDate('2025-07-26t09:57z'), '2025-07-26T09:57:00Z');
  });

  test('a bare date is midnight in Moscow', () => {
    assert.equal(parseContentDate('2025-07-26'), '2025-07-26T00:00:00+03:00');
  });

  test('surrounding whitespace is ignored', () => {
    assert.equal(parseContentDate('  2025-07-26\n'), '2025-07-26T00:00:00+03:00');
  });

  test('a date-time without an offset is Moscow wall-clock time', () => {
    assert.equal(parseContentDate('2025-07-26T09:57'), '2025-07-26T09:57:00+03:00');
    assert.equal(parseContentDate('2025-07-26 09:57'), '2025-07-26T09:57:00+03:00');
  });

  test('a fraction without an offset is kept as milliseconds', () => {
    assert.equal(parseContentDate('2025-07-26T09:57:37.5'), '2025-07-26T09:57:37.500+03:00');
  });

  test('an explicit offset with a colon is kept', () => {
    assert.equal(parseContentDate('2025-07-26T09:57+05:00'), '2025-07-26T09:57:00+05:00');
    assert.equal(parseContentDate('2025-06-12T08:30:00+03:00'), '2025-06-12T08:30:00+03:00');
  });

  test('an offset without a colon is normalised', () => {
    assert.equal(parseContentDate('2025-07-26T09:57+0500'), '2025-07-26T09:57:00+05:00');
    assert.equal(parseContentDate('2025-07-26T09:57-0330'), '2025-07-26T09:57:00-03:30');
  });

  test('Moscow offset comes from the time-zone database, not a constant', () => {
    // Moscow was UTC+4 all year from March 2011 to October 2014…
    assert.equal(parseContentDate('2012-01-15'), '2012-01-15T00:00:00+04:00');
    // …and before that had winter (+3) and summer (+4) time.
    assert.equal(parseContentDate('2010-01-15'), '2010-01-15T00:00:00+03:00');
    assert.equal(parseContentDate('2010-07-01'), '2010-07-01T00:00:00+04:00');
    assert.equal(parseContentDate('2014-11-01'), '2014-11-01T00:00:00+03:00');
  });

  test('another zone can be passed explicitly', () => {
    assert.equal(parseContentDate('2025-07-26T12:00', 'UTC'), '2025-07-26T12:00:00+00:00');
    assert.equal(parseContentDate('2025-01-15T12:00', 'Europe/Berlin'), '2025-01-15T12:00:00+01:00');
    assert.equal(parseContentDate('2025-07-15T12:00', 'Europe/Berlin'), '2025-07-15T12:00:00+02:00');
  });

  test('a Date object becomes its ISO string; an invalid Date is null', () => {
    assert.equal(parseContentDate(new Date(Date.UTC(2025, 6, 26, 9, 57, 37, 781))), '2025-07-26T09:57:37.781Z');
    assert.equal(parseContentDate(new Date('nope')), null);
  });

  test('the result denotes the intended instant', () => {
    assert.equal(toEpoch(parseContentDate('2025-07-26')!), Date.UTC(2025, 6, 25, 21, 0, 0));
    assert.equal(toEpoch(parseContentDate('2025-07-26T09:57+05:00')!), Date.UTC(2025, 6, 26, 4, 57, 0));
  });

  test('a fraction that rounds up to a whole second still denotes the right instant', () => {
    // .9999 s is 999.9 ms; it must not be written as ".1000" (which reads as 0.1 s).
    const parsed = parseContentDate('2025-07-26T09:57:37.9999Z');
    assert.ok(parsed !== null);
    const error = Math.abs(toEpoch(parsed) - Date.UTC(2025, 6, 26, 9, 57, 37, 999.9));
    assert.ok(error <= 1, `${parsed} is ${error} ms away from 09:57:37.9999Z`);
  });
});

describe('parseContentDate: invalid values', () => {
  for (const value of ['32.13.2025', '2025-02-30', '2025-13-01', '2025-00-10', '', '   ', '2025-07-26T25:00', '2025-07-26T09:60', '2025-07-26T23:59:60', '26 июля 2025', '2025-7-26', 'today']) {
    test(`${JSON.stringify(value)} is not a date`, () => {
      assert.equal(parseContentDate(value), null);
    });
  }

  test('29 February is accepted only in leap years', () => {
    assert.equal(parseContentDate('2024-02-29'), '2024-02-29T00:00:00+03:00');
    assert.equal(parseContentDate('2025-02-29'), null);
  });

  for (const value of [20250726, null, undefined, {}, ['2025-07-26'], true]) {
    test(`non-string ${JSON.stringify(value) ?? String(value)} is null`, () => {
      assert.equal(parseContentDate(value), null);
    });
  }

  test('an offset outside ±23:59 is not a date', () => {
    // Returning "…+25:00" hands callers a string that new Date() cannot read (NaN).
    assert.equal(parseContentDate('2025-07-26T09:57+25:00'), null);
    assert.equal(parseContentDate('2025-07-26T09:57+05:60'), null);
  });
});

describe('zoneOffset', () => {
  test('reads Moscow as +03:00 today and UTC as +00:00', () => {
    assert.equal(CONTENT_TIME_ZONE, 'Europe/Moscow');
    assert.equal(zoneOffset(Date.UTC(2025, 6, 26)), '+03:00');
    assert.equal(zoneOffset(Date.UTC(2025, 6, 26), 'UTC'), '+00:00');
    assert.equal(zoneOffset(Date.UTC(2025, 0, 15), 'America/New_York'), '-05:00');
  });
});

describe('formatRussianDate', () => {
  test('the seed date', () => {
    assert.equal(formatRussianDate('2025-07-26T09:57:37.781Z'), '26 июля 2025 г.');
  });

  test('a bare date stays on its own day', () => {
    assert.equal(formatRussianDate(parseContentDate('2025-07-26')!), '26 июля 2025 г.');
  });

  test('late on 31 December UTC is already 1 January in Moscow', () => {
    assert.equal(formatRussianDate('2024-12-31T22:30:00Z'), '1 января 2025 г.');
    assert.equal(formatRussianDate('2024-12-31T20:30:00Z'), '31 декабря 2024 г.');
  });
});
