import { tagPath, tagSlug } from '../lib/content/tags';
import { xmlError } from '../support/xml-well-formed';
import { CONTROL_CHARS, fixturePost, SHARED_TAG } from '../support/fixture-corpus';
import { expectFeedsOf, FEED_TYPES } from './feeds';
import { expect, test } from './fixtures';

// Post №3 has a raw vertical tab (Word's Shift+Enter) in its title, description and body.
const post = fixturePost(CONTROL_CHARS.post);

test('the feed is well-formed XML although a post has a control character, which reads as a space', async ({ request }) => {
  const response = await request.get('/rss.xml');
  expect(response.status()).toBe(200);
  const body = await response.body();
  expect(xmlError(body)).toBeNull();
  const xml = body.toString('utf8');
  expect(xml).toContain(`<link>https://butlerspb-blog.netlify.app/blog/${post.slug}/</link>`);
  expect(xml).toContain(`<![CDATA[${post.title.replace(CONTROL_CHARS.char, ' ')}]]>`);
  expect(xml).toContain('постраничного списка, тегов');
  expect(xml).toContain('хорошее настроение; работайте');
});

test('the sitemap is well-formed XML', async ({ request }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  expect(xmlError(await response.body())).toBeNull();
});

test('the site’s Atom and JSON feeds are well-formed too, with the control character read as a space', async ({ page, request }, testInfo) => {
  await page.goto('/');
  const posts = await expectFeedsOf(page, request, testInfo, { folder: '/', title: 'Блог ButlerSPB' });
  for (const type of FEED_TYPES) {
    expect(posts.get(type), type).toHaveLength(20);
    expect(posts.get(type), type).toEqual(posts.get('application/rss+xml'));
  }
  const atom = await (await request.get('/atom.xml')).text();
  expect(atom).toContain(post.title.replace(CONTROL_CHARS.char, ' '));
  const json = await (await request.get('/feed.json')).text();
  expect(json).toContain(JSON.stringify(post.title.replace(CONTROL_CHARS.char, ' ')));
});

test('a tag spanning two pages: both pages offer its feeds, which list exactly the tag’s posts of both pages', async ({ page, request }, testInfo) => {
  const base = tagPath(tagSlug(SHARED_TAG));
  const listed: string[] = [];
  let feeds = new Map<string, string[]>();
  for (const path of [base, `${base}page/2/`]) {
    await page.goto(path);
    listed.push(...(await page.getByRole('list', { name: 'Статьи' }).getByRole('heading').getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))));
    feeds = await expectFeedsOf(page, request, testInfo, { folder: `/feeds${base}`, title: `Блог ButlerSPB: ${SHARED_TAG}` });
  }
  expect(listed).toHaveLength(12);
  // Newest first, as the pages list them: page 1's ten, then page 2's two.
  for (const type of FEED_TYPES) expect(feeds.get(type), type).toEqual(listed);
});
