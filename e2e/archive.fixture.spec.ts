import { expect, test } from './fixtures';

// The fixture site: 30 published posts over several months of 2024 and 2025 (one a week, support/fixture-corpus.ts).
test('the archive lists all 30 posts once, newest first, under months newest first', async ({ page }) => {
  await page.goto('/archive/');
  const links = await page.locator('main section ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links).toHaveLength(30);
  expect(new Set(links).size).toBe(30);
  // Dates in document order never go up.
  const dates = await page.locator('main section ul time').evaluateAll((ts) => ts.map((t) => Date.parse(t.getAttribute('datetime') ?? '')));
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  // Year headings (h2) newest first, each with its months (h3) newest first.
  const years = await page.locator('main h2').allTextContents();
  expect(years.map(Number)).toEqual([...years.map(Number)].sort((a, b) => b - a));
  expect(years.length).toBeGreaterThanOrEqual(2);
  const months = await page.locator('main h3').allTextContents();
  const monthIndex = (label: string) => {
    const [name, year] = label.split(' ');
    const index = Array.from({ length: 12 }, (_, i) => new Intl.DateTimeFormat('ru-RU', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2025, i, 15)))).indexOf(name!.toLowerCase());
    expect(index, label).toBeGreaterThanOrEqual(0);
    return Number(year) * 12 + index;
  };
  const order = months.map(monthIndex);
  expect(order).toEqual([...order].sort((a, b) => b - a));
  expect(new Set(order).size).toBe(order.length);
});
