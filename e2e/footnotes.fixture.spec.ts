import { FOOTNOTES, fixturePost } from '../support/fixture-corpus';
import { expect, test } from './fixtures';

test('a footnote leads to its note and back, in Russian, outside the contents', async ({ page }) => {
  await page.goto(`/blog/${fixturePost(FOOTNOTES.post).slug}/`);
  await page.locator('a[data-footnote-ref]').click();
  const note = page.locator('li:target');
  await expect(note).toContainText(FOOTNOTES.note);
  await expect(note).toBeInViewport();
  await note.getByRole('link', { name: 'Вернуться к тексту, к сноске 1' }).click();
  await expect(page.locator(':target')).toHaveAttribute('data-footnote-ref', '');
  await expect(page.getByRole('heading', { name: 'Примечания' })).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Содержание статьи' })).not.toContainText('Примечания');
});
