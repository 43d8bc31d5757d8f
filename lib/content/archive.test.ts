import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { archiveByMonth, monthKey, russianMonthName } from './archive';
import type { PostSummary } from './reshape';

function summary(slug: string, publishedAt: string): PostSummary {
  return {
    slug,
    url: `/blog/${slug}/`,
    title: slug,
    description: '',
    publishedAt,
    updatedAt: publishedAt,
    author: 'А',
    keywords: [],
    hero: null,
    draft: false,
    redirectFrom: [],
  };
}

describe('russianMonthName', () => {
  test('is the nominative form, not the genitive a date uses', () => {
    assert.equal(russianMonthName(2025, 7), 'июль');
    assert.equal(russianMonthName(2025, 5), 'май');
    assert.deepEqual(
      Array.from({ length: 12 }, (_, i) => russianMonthName(2025, i + 1)),
      ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
    );
    // The control: with a day, Intl gives the genitive.
    assert.match(new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2025, 6, 15))), /июля/);
  });
});

describe('monthKey', () => {
  test('is the month in Moscow: 23:30 UTC on 31 July is August there', () => {
    assert.equal(monthKey('2025-07-31T23:30:00Z'), '2025-08');
    assert.equal(monthKey('2025-07-31T20:59:59Z'), '2025-07');
    assert.equal(monthKey('2025-07-31T21:00:00Z'), '2025-08');
    assert.equal(monthKey('2025-07-31T23:30:00Z', 'UTC'), '2025-07');
    // New Year's Eve: the year changes with the month.
    assert.equal(monthKey('2024-12-31T22:00:00Z'), '2025-01');
  });
});

describe('archiveByMonth', () => {
  const posts = [
    summary('june', '2025-06-10T10:00:00+03:00'),
    summary('aug-by-moscow', '2025-07-31T23:30:00Z'),
    summary('july', '2025-07-15T09:00:00+03:00'),
    summary('july-late', '2025-07-31T20:00:00Z'),
    summary('dec', '2024-12-31T20:30:00Z'),
    summary('jan-by-moscow', '2024-12-31T21:30:00Z'),
  ];
  const years = archiveByMonth(posts);

  test('years and months newest first, each month’s posts newest first, labels in the nominative', () => {
    assert.deepEqual(
      years.map((year) => ({ year: year.year, months: year.months.map((m) => [m.key, m.label, m.posts.map((p) => p.slug)]) })),
      [
        {
          year: 2025,
          months: [
            ['2025-08', 'Август 2025', ['aug-by-moscow']],
            ['2025-07', 'Июль 2025', ['july-late', 'july']],
            ['2025-06', 'Июнь 2025', ['june']],
            ['2025-01', 'Январь 2025', ['jan-by-moscow']],
          ],
        },
        { year: 2024, months: [['2024-12', 'Декабрь 2024', ['dec']]] },
      ],
    );
  });

  test('every post once; the month number matches the key', () => {
    assert.equal(years.flatMap((y) => y.months.flatMap((m) => m.posts)).length, posts.length);
    for (const year of years) for (const month of year.months) assert.equal(month.key, `${year.year}-${String(month.month).padStart(2, '0')}`);
  });

  test('another zone groups by its own wall clock', () => {
    const utc = archiveByMonth(posts, { timeZone: 'UTC' });
    assert.deepEqual(utc[0]!.months.map((m) => m.key), ['2025-07', '2025-06']);
  });

  test('no posts, no years', () => {
    assert.deepEqual(archiveByMonth([]), []);
  });
});
