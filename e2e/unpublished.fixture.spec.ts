import { tagPath, tagSlug } from '../lib/content/tags';
import { expect, test } from './fixtures';

/**
 * The fixture site holds a draft and a post scheduled for 2099
 * (tests/fixtures/content-unpublished). Neither may reach any output.
 */
const UNPUBLISHED = [
  { slug: 'chernovik-fikstury', word: 'черновиковедение', tag: 'тайный тег черновика' },
  { slug: 'zaplanirovannaya-fikstura', word: 'тридевятоцарство', tag: 'тайный тег будущего' },
] as const;

for (const post of UNPUBLISHED) {
  test.describe(`unpublished post ${post.slug}`, () => {
    test('has no page, no social image and no tag page', async ({ request }) => {
      for (const path of [`/blog/${post.slug}/`, `/og/${post.slug}/image.png`, tagPath(tagSlug(post.tag))]) {
        expect((await request.get(path)).status(), path).toBe(404);
      }
    });

    test('is not listed on any listing page or in the tag index', async ({ page }) => {
      for (const path of ['/', '/page/2/', '/page/3/', '/tags/', tagPath(tagSlug('общий тег')), '/archive/']) {
        await page.goto(path);
        await expect(page.locator('main'), path).not.toContainText(post.word, { ignoreCase: true });
        await expect(page.locator(`a[href*="${post.slug}"]`), path).toHaveCount(0);
      }
      await page.goto('/tags/');
      await expect(page.locator('main')).not.toContainText(post.tag);
    });

    test('is absent from the sitemap and the feeds', async ({ request }) => {
      for (const path of ['/sitemap.xml', '/rss.xml', '/atom.xml', '/feed.json']) {
        const body = await (await request.get(path)).text();
        expect(body, path).toContain('/blog/doverie-klientov/');
        expect(body, path).not.toContain(post.slug);
        expect(body.toLowerCase(), path).not.toContain(post.word);
      }
      // A tag's feeds too (the control: they list that tag's published posts).
      for (const file of ['rss.xml', 'atom.xml', 'feed.json']) {
        const path = `/feeds${tagPath(tagSlug('общий тег'))}${file}`;
        const body = await (await request.get(path)).text();
        expect(body, path).toContain('/blog/');
        expect(body, path).not.toContain(post.slug);
        expect(body.toLowerCase(), path).not.toContain(post.word);
      }
    });

    test('is not in the search index', async ({ page }) => {
      // Control: the same index does find a word of the published fixture posts.
      await page.goto('/search/?q=тряпку');
      await expect(page.getByRole('region', { name: 'Результаты поиска' })).toContainText('Найдено:');
      await page.goto(`/search/?q=${encodeURIComponent(post.word)}`);
      await expect(page.getByRole('region', { name: 'Результаты поиска' })).toContainText(
        `Ничего не найдено по запросу «${post.word}».`,
      );
    });
  });
}
