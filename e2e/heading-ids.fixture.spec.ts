import { ID_CLASHES, FOOTNOTES, fixturePost } from '../support/fixture-corpus';
import { RESERVED_PAGE_IDS } from '../lib/page-ids';
import { expect, test } from './fixtures';

test('headings named like the page\'s own ids get ids of their own; the skip link and footnotes still reach theirs', async ({ page }) => {
  await page.goto(`/blog/${fixturePost(ID_CLASHES.post).slug}/`);
  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((element) => element.id));
  expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  for (const id of RESERVED_PAGE_IDS) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
  await expect(page.locator('main#content')).toHaveCount(1);

  const article = page.locator('article');
  for (const text of ID_CLASHES.headings) {
    const heading = article.getByRole('heading', { name: text, exact: true });
    await expect(heading).toHaveCount(1);
    const id = await heading.getAttribute('id');
    expect(id, text).toBe(`${text.toLowerCase()}-1`);
    // The contents link to the heading, not to what owns the plain id.
    await expect(page.getByRole('navigation', { name: 'Содержание статьи' }).locator(`a[href="#${id}"]`)).toHaveCount(1);
  }

  await page.locator('a[data-footnote-ref]').click();
  await expect(page.locator('li:target')).toContainText(FOOTNOTES.note);
  await page.locator('li:target').getByRole('link', { name: 'Вернуться к тексту, к сноске 1' }).click();
  await expect(page.locator(':target')).toHaveAttribute('data-footnote-ref', '');
});
