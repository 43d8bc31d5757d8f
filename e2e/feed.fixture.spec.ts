import { xmlError } from '../support/xml-well-formed';
import { CONTROL_CHARS, fixturePost } from '../support/fixture-corpus';
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
