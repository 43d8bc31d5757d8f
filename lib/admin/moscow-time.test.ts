import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseContentDate, toEpoch } from '../content/dates';
import { checkDateField } from '../content/checks/date-fields';
import { fieldSpec } from '../content/model';
import { fileDateToWallClock, wallClockToFileDate } from './moscow-time';

describe('fileDateToWallClock: a file value as the Moscow time the input shows', () => {
  test('every form the site reads', () => {
    assert.equal(fileDateToWallClock('2025-07-26'), '2025-07-26T00:00:00');
    assert.equal(fileDateToWallClock('2025-07-26T09:57:37Z'), '2025-07-26T12:57:37');
    assert.equal(fileDateToWallClock('2025-06-12T08:30:00+03:00'), '2025-06-12T08:30:00');
    assert.equal(fileDateToWallClock('2025-06-12T08:30:00+05:00'), '2025-06-12T06:30:00');
    assert.equal(fileDateToWallClock('2025-06-12T08:30-0330'), '2025-06-12T15:00:00');
    assert.equal(fileDateToWallClock('2025-07-26T09:57'), '2025-07-26T09:57:00');
    assert.equal(fileDateToWallClock(new Date(Date.UTC(2025, 6, 26, 9, 57, 37))), '2025-07-26T12:57:37');
  });

  test('the seed pubDate: milliseconds are not shown, the seconds are', () => {
    assert.equal(fileDateToWallClock('2025-07-26T09:57:37.781Z'), '2025-07-26T12:57:37');
  });

  test('across midnight and the year in UTC the Moscow date is shown', () => {
    assert.equal(fileDateToWallClock('2025-12-31T22:30:00Z'), '2026-01-01T01:30:00');
  });

  test('an older date gets the offset Moscow had then, from Intl', () => {
    // 2011–2014: UTC+4 all year; 2010 winter: UTC+3.
    assert.equal(fileDateToWallClock('2012-07-01T08:00:00Z'), '2012-07-01T12:00:00');
    assert.equal(fileDateToWallClock('2010-01-15T08:00:00Z'), '2010-01-15T11:00:00');
  });

  test('not a date is null', () => {
    for (const value of ['', '32.13.2025', '2025-02-30', null, undefined, 20250726, {}, new Date(Number.NaN)]) {
      assert.equal(fileDateToWallClock(value), null, String(value));
    }
  });
});

describe('wallClockToFileDate: the picked Moscow time as the file writes it', () => {
  test('always seconds and the offset; the same instant', () => {
    assert.equal(wallClockToFileDate('2025-07-26T12:57:37'), '2025-07-26T12:57:37+03:00');
    assert.equal(toEpoch(wallClockToFileDate('2025-07-26T12:57:37')!), Date.UTC(2025, 6, 26, 9, 57, 37));
  });

  test('a value without seconds (what the input gives for :00) gets :00', () => {
    assert.equal(wallClockToFileDate('2025-07-26T12:57'), '2025-07-26T12:57:00+03:00');
  });

  test('a fraction the input gave is kept', () => {
    assert.equal(wallClockToFileDate('2025-07-26T12:57:37.781'), '2025-07-26T12:57:37.781+03:00');
  });

  test('the offset is the one in force then', () => {
    assert.equal(wallClockToFileDate('2012-07-01T12:00:00'), '2012-07-01T12:00:00+04:00');
  });

  test('what an input cannot produce, or a day that does not exist, is null', () => {
    for (const value of ['', '2025-07-26', '2025-07-26 12:57', '2025-07-26T12:57:37Z', '2025-07-26T12:57:37+03:00', '2025-02-30T10:00', '2025-07-26T24:00', 'завтра']) {
      assert.equal(wallClockToFileDate(value), null, value);
    }
  });

  test('check:content accepts every value it writes, as the same instant', () => {
    const spec = fieldSpec('pubDate');
    const pattern = new RegExp(spec.pattern);
    for (const wall of ['2025-07-26T12:57:37', '2025-01-01T00:00', '2030-12-31T23:59:59', '2025-07-26T12:57:37.5']) {
      const value = wallClockToFileDate(wall)!;
      assert.match(value, pattern, wall);
      const fields = new Map([['pubDate', { key: 'pubDate', line: 2, value }]]);
      assert.deepEqual(checkDateField(spec, fields, undefined as never), [], wall);
      assert.equal(parseContentDate(value), value, 'the site reads it as written');
    }
  });
});

describe('round trips', () => {
  test('instant → wall clock → instant, every 28 h 13 min 17 s over 2014–2030 (so every hour of the day comes up) (Moscow has kept one offset since 26 Oct 2014)', () => {
    const start = Date.UTC(2014, 9, 26);
    const stop = Date.UTC(2030, 0, 1);
    let checked = 0;
    for (let t = start; t < stop; t += (28 * 3600 + 13 * 60 + 17) * 1000) {
      const wall = fileDateToWallClock(new Date(t).toISOString());
      assert.ok(wall, String(t));
      const file = wallClockToFileDate(wall);
      assert.ok(file, wall);
      assert.equal(toEpoch(file), t, wall);
      assert.equal(fileDateToWallClock(file), wall);
      checked++;
    }
    assert.ok(checked > 4_000);
  });

  test('a wall clock outside the old clock changes comes back unchanged', () => {
    for (const wall of ['2009-01-15T10:20:30', '2010-07-15T10:20:30', '2012-03-01T00:00:00', '2014-10-26T03:00:00', '2025-07-26T12:57:37']) {
      assert.equal(fileDateToWallClock(wallClockToFileDate(wall)), wall);
    }
  });
});
