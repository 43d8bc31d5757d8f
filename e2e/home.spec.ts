import { expect, test } from './fixtures';
import { POSTS, SEED } from './posts';

test.describe('home page', () => {
  test('lists every post newest first with its real title, date and author', async ({ page, externalRequests }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('h1')).toHaveCount(1);

    const cards = page.getByRole('list', { name: 'Статьи' }).getByRole('article');
    await expect(cards).toHaveCount(POSTS.length);
    await expect(cards.getByRole('heading', { level: 2 })).toHaveText(POSTS.map((p) => p.title));
    for (const [i, post] of POSTS.entries()) {
      await expect(cards.nth(i).getByRole('link', { name: post.title })).toHaveAttribute('href', `/blog/${post.slug}/`);
    }

    const seedCard = cards.first();
    await expect(seedCard).toContainText(SEED.date);
    await expect(seedCard).toContainText(SEED.author);
    await expect(seedCard.locator('img')).toHaveAttribute('width', '1200');
    await expect(page.getByText(/>-/)).toHaveCount(0);
    expect(externalRequests).toEqual([]);
  });

  test('a card leads to its post', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: POSTS[2].title }).click();
    await expect(page).toHaveURL(new RegExp(`/blog/${POSTS[2].slug}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(POSTS[2].title);
  });
});
