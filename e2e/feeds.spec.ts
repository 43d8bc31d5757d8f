import { expect, test } from './fixtures';
import { expectFeedsOf, FEED_TYPES, feedLinks } from './feeds';
import { POSTS, SEED } from './posts';

const SITE_FEEDS = { folder: '/', title: 'Блог ButlerSPB' };
const ALL = POSTS.map((post) => `/blog/${post.slug}/`);

test('the home page offers the site’s RSS, Atom and JSON feeds, each well-formed with every post, newest first', async ({ page, request }, testInfo) => {
  await page.goto('/');
  const posts = await expectFeedsOf(page, request, testInfo, SITE_FEEDS);
  for (const type of FEED_TYPES) expect(posts.get(type), type).toEqual(ALL);
});

test('other pages offer the site’s feeds', async ({ page }) => {
  for (const path of [SEED.path, '/tags/', '/archive/', '/search/']) {
    await page.goto(path);
    expect((await feedLinks(page)).map((link) => link.href), path).toEqual([
      'https://butlerspb-blog.netlify.app/rss.xml',
      'https://butlerspb-blog.netlify.app/atom.xml',
      'https://butlerspb-blog.netlify.app/feed.json',
    ]);
  }
});

test('every tag page offers that tag’s feeds, which list exactly the posts the page lists', async ({ page, request }, testInfo) => {
  await page.goto('/tags/');
  const tags = await page
    .getByRole('list', { name: 'Темы' })
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => ({ href: link.getAttribute('href') ?? '', name: link.querySelector('span')?.textContent ?? '' })));
  expect(tags.length).toBeGreaterThan(3);
  for (const tag of tags) {
    await page.goto(tag.href);
    // The real site's tags have one page each (at most 10 posts).
    const listed = await page.getByRole('list', { name: 'Статьи' }).getByRole('heading').getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(listed.length, tag.href).toBeGreaterThan(0);
    const posts = await expectFeedsOf(page, request, testInfo, { folder: `/feeds${tag.href}`, title: `Блог ButlerSPB: ${tag.name}` });
    for (const type of FEED_TYPES) expect(posts.get(type), `${tag.href} ${type}`).toEqual(listed);
  }
});
