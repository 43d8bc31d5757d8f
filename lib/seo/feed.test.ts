import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
// xml-js (with the strict sax parser) is the feed library's own dependency:
// parsing with it proves the output is well-formed without adding a package.
import { xml2js, type Element } from 'xml-js';
import { jsonFeedProblems } from '../../support/json-feed-shape';
import { xmlError } from '../../support/xml-well-formed';
import type { PostSummary } from '../content/reshape';
import { Feed } from 'feed';
import {
  FEED_FORMATS,
  FEED_LIMIT,
  absolutizeHtmlUrls,
  authorFeedChannel,
  buildAtomFeed,
  buildFeed,
  buildJsonFeed,
  buildRssFeed,
  feedAlternates,
  feedPath,
  feedResponse,
  listingFeedChannel,
  newestForFeed,
  siteFeedChannel,
  tagFeedChannel,
  type FeedPost,
} from './feed';

const BASE = 'https://example.org';
const NOW = new Date('2025-08-01T12:00:00Z');
const RFC822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;

function summary(slug: string, publishedAt: string, extra: Partial<PostSummary> = {}): PostSummary {
  return {
    slug,
    url: `/blog/${slug}/`,
    title: `Заголовок ${slug}`,
    description: `Описание ${slug}`,
    publishedAt,
    updatedAt: publishedAt,
    author: 'Анна Смирнова',
    keywords: ['уборка', 'аренда'],
    hero: null,
    draft: false,
    redirectFrom: [],
    ...extra,
  };
}

function post(s: PostSummary, html = `<p>Текст <a href="/blog/other/">ссылка</a> <img src="/images/a.jpg" alt="a"></p>`): FeedPost {
  return { summary: s, html };
}

// --- a few helpers over xml-js's non-compact tree ---
/**
 * Parses strictly. sax lets a stray `]]>` through in text, which XML forbids
 * (and which is what a second `]]>` in a CDATA section leaves behind), so that
 * is checked separately.
 */
function parse(xml: string): Element {
  // saxes, unlike sax, rejects the control characters XML forbids.
  assert.equal(xmlError(new TextEncoder().encode(xml)), null);
  const outsideCdata = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  assert.ok(!outsideCdata.includes(']]>'), 'a "]]>" outside a CDATA section');
  return xml2js(xml, { compact: false }) as Element;
}
function children(el: Element, name: string): Element[] {
  return (el.elements ?? []).filter((child) => child.type === 'element' && child.name === name);
}
function child(el: Element, name: string): Element {
  const found = children(el, name);
  assert.equal(found.length, 1, `expected one <${name}> in <${el.name}>`);
  return found[0]!;
}
function text(el: Element): string {
  return (el.elements ?? []).map((node) => String(node.text ?? node.cdata ?? '')).join('');
}
function channelOf(xml: string): Element {
  return child(child(parse(xml), 'rss'), 'channel');
}

describe('buildRssFeed', () => {
  const posts = [
    post(summary('middle', '2025-06-12T08:30:00+03:00')),
    post(summary('newest', '2025-07-26T09:57:37.781Z', { updatedAt: '2025-07-28T10:00:00Z' })),
    post(summary('oldest', '2025-05-20T00:00:00+03:00')),
  ];
  const xml = buildRssFeed(posts, { baseUrl: BASE, now: NOW });
  const channel = channelOf(xml);
  const items = children(channel, 'item');

  test('the channel names the blog, links home, is Russian and points at itself', () => {
    assert.equal(text(child(channel, 'title')), 'Блог ButlerSPB');
    assert.equal(text(child(channel, 'link')), `${BASE}/`);
    assert.equal(text(child(channel, 'language')), 'ru');
    assert.match(text(child(channel, 'description')), /ButlerSPB/);
    assert.equal(text(child(channel, 'copyright')), '© 2025 ButlerSPB');
    assert.equal(text(child(child(channel, 'image'), 'url')), `${BASE}/logo.png`);
    const self = child(channel, 'atom:link');
    assert.equal(self.attributes?.href, `${BASE}/rss.xml`);
    assert.equal(self.attributes?.rel, 'self');
  });

  test('lastBuildDate is the newest post date, not the build time', () => {
    const built = text(child(channel, 'lastBuildDate'));
    assert.match(built, RFC822);
    assert.equal(new Date(built).toISOString(), '2025-07-28T10:00:00.000Z');
  });

  test('items come newest first whatever the input order', () => {
    assert.deepEqual(
      items.map((item) => text(child(item, 'link'))),
      [`${BASE}/blog/newest/`, `${BASE}/blog/middle/`, `${BASE}/blog/oldest/`],
    );
  });

  test('each item has a title, an absolute link, a permalink guid and an RFC 822 pubDate', () => {
    for (const [index, item] of items.entries()) {
      const link = text(child(item, 'link'));
      assert.match(link, /^https:\/\/example\.org\/blog\/[a-z]+\/$/);
      assert.match(text(child(item, 'title')), /^Заголовок /);
      const guid = child(item, 'guid');
      assert.equal(text(guid), link);
      assert.equal(guid.attributes?.isPermaLink, 'true');
      assert.match(text(child(item, 'pubDate')), RFC822, `item ${index}`);
      assert.match(text(child(item, 'description')), /^Описание /);
      assert.equal(text(child(item, 'dc:creator')), 'Анна Смирнова');
      assert.deepEqual(children(item, 'category').map(text), ['уборка', 'аренда']);
    }
  });

  test('pubDate is the publication date, not the last edit', () => {
    assert.equal(new Date(text(child(items[0]!, 'pubDate'))).toISOString(), '2025-07-26T09:57:37.000Z');
    assert.equal(text(child(items[1]!, 'pubDate')), 'Thu, 12 Jun 2025 05:30:00 GMT');
  });

  test('content:encoded carries the body with absolute links and images', () => {
    const content = text(child(items[0]!, 'content:encoded'));
    assert.match(content, /^<p>Текст /);
    assert.ok(content.includes(`href="${BASE}/blog/other/"`));
    assert.ok(content.includes(`src="${BASE}/images/a.jpg"`));
    assert.ok(!/(href|src)="\//.test(content));
  });

  test('a hero image leads the content, resized and absolute', () => {
    const withHero = summary('hero', '2025-07-01T00:00:00Z', {
      hero: { src: 'https://images.unsplash.com/photo-1?q=80&w=2070', alt: 'Гостиная "до"' },
    });
    const local = summary('local', '2025-06-01T00:00:00Z', { hero: { src: '/images/card.jpg', alt: 'Карта' } });
    const [first, second] = children(channelOf(buildRssFeed([post(withHero), post(local)], { baseUrl: BASE, now: NOW })), 'item');
    const remote = text(child(first!, 'content:encoded'));
    assert.match(remote, /^<p><img src="https:\/\/images\.unsplash\.com\/photo-1\?[^"]*w=1200[^"]*" alt="Гостиная &quot;до&quot;"><\/p><p>Текст/);
    assert.ok(remote.includes('&amp;'), 'the query string is escaped inside the attribute');
    assert.match(text(child(second!, 'content:encoded')), /^<p><img src="https:\/\/example\.org\/images\/card\.jpg\?w=1200"/);
  });

  test('hostile titles and bodies are escaped and the XML still parses', () => {
    const hostile = summary('hostile', '2025-07-01T00:00:00Z', {
      title: 'A ]]> B ]]> </title><script>alert(1)</script> & C',
      description: 'x ]]> y ]]> z',
      author: '</dc:creator><evil/> & Co',
      keywords: ['<b>]]></b>'],
    });
    const out = buildRssFeed([post(hostile, '<p>one ]]> two ]]> three</p>')], { baseUrl: BASE, now: NOW });
    const item = child(channelOf(out), 'item'); // throws if the XML is malformed
    assert.equal(children(item, 'script').length, 0);
    assert.equal(text(child(item, 'title')), 'A ]]&gt; B ]]&gt; </title><script>alert(1)</script> & C');
    assert.equal(text(child(item, 'description')), 'x ]]&gt; y ]]&gt; z');
    assert.match(text(child(item, 'content:encoded')), /one ]]&gt; two ]]&gt; three/);
    assert.equal(text(child(item, 'dc:creator')), '</dc:creator><evil/> & Co');
    assert.deepEqual(children(item, 'category').map(text), ['<b>]]></b>']);
  });

  test('control characters in any text leave the XML well-formed: breaks become spaces, the rest goes', () => {
    // U+000B is what Word writes for Shift+Enter; the others are every kind XML 1.0 forbids or we drop.
    const junk = '\u0000\u0001\u0008\u000e\u001f\u007f\u0080\u009f\udfff\ud800\ufffe\uffff';
    const control = summary('control', '2025-07-01T00:00:00Z', {
      title: `Строка\u000bвторая${junk}`,
      description: `Описание\u000cс разрывом\u0085страницы${junk}`,
      author: `Анна${junk}\u000bСмирнова`,
      keywords: [`уборка${junk}`],
    });
    const out = buildRssFeed([post(control, `<p>Абзац\u000bс переносом${junk}</p>`)], { baseUrl: BASE, now: NOW });
    const item = child(channelOf(out), 'item'); // parse() fails on any forbidden character
    assert.equal(text(child(item, 'title')), 'Строка вторая');
    assert.equal(text(child(item, 'description')), 'Описание с разрывом страницы');
    assert.equal(text(child(item, 'dc:creator')), 'Анна Смирнова');
    assert.deepEqual(children(item, 'category').map(text), ['уборка']);
    assert.equal(text(child(item, 'content:encoded')), '<p>Абзац с переносом</p>');
  });

  test('tabs, line breaks, emoji and other planes survive', () => {
    const kept = summary('kept', '2025-07-01T00:00:00Z', { title: 'А\tБ 🧽 𝔸 清洁', description: 'строка\nстрока' });
    const item = child(channelOf(buildRssFeed([post(kept)], { baseUrl: BASE, now: NOW })), 'item');
    assert.equal(text(child(item, 'title')), 'А\tБ 🧽 𝔸 清洁');
    assert.equal(text(child(item, 'description')), 'строка\nстрока');
  });

  test('the checks used here do reject malformed XML', () => {
    assert.throws(() => parse('<rss><title><![CDATA[a \u000b b]]></title></rss>'));
    assert.throws(() => parse('<rss><title><![CDATA[a ]]> b ]]></title></rss>'));
    assert.throws(() => parse('<rss><title>a</rss></title>'));
    assert.throws(() => parse('<rss><title>a & b</title></rss>'));
  });

  test(`only the ${FEED_LIMIT} newest posts are kept`, () => {
    const many = Array.from({ length: FEED_LIMIT + 5 }, (_, i) =>
      post(summary(`p${String(i).padStart(2, '0')}`, new Date(Date.UTC(2025, 0, 1 + i)).toISOString())),
    );
    const links = children(channelOf(buildRssFeed(many.reverse(), { baseUrl: BASE, now: NOW })), 'item').map((item) =>
      text(child(item, 'link')),
    );
    assert.equal(links.length, FEED_LIMIT);
    assert.equal(links[0], `${BASE}/blog/p24/`);
    assert.equal(links.at(-1), `${BASE}/blog/p05/`);
  });

  test('an empty blog still gives a valid feed dated now', () => {
    const empty = channelOf(buildRssFeed([], { baseUrl: BASE, now: NOW }));
    assert.equal(children(empty, 'item').length, 0);
    assert.equal(text(child(empty, 'lastBuildDate')), NOW.toUTCString());
  });
});

describe('newestForFeed', () => {
  test('sorts newest first and caps the list', () => {
    const many = Array.from({ length: FEED_LIMIT + 1 }, (_, i) => summary(`s${i}`, new Date(Date.UTC(2025, 0, 1 + i)).toISOString()));
    const picked = newestForFeed(many);
    assert.equal(picked.length, FEED_LIMIT);
    assert.equal(picked[0]!.slug, `s${FEED_LIMIT}`);
    assert.ok(!picked.some((s) => s.slug === 's0'));
  });
});

describe('absolutizeHtmlUrls', () => {
  test('root-relative href and src become absolute', () => {
    assert.equal(
      absolutizeHtmlUrls('<a href="/blog/x/#h">x</a><img src="/images/a.jpg" alt="">', BASE),
      `<a href="${BASE}/blog/x/#h">x</a><img src="${BASE}/images/a.jpg" alt="">`,
    );
  });

  test('a trailing slash on the base does not double', () => {
    assert.equal(absolutizeHtmlUrls('<a href="/x/">x</a>', `${BASE}/`), `<a href="${BASE}/x/">x</a>`);
  });

  test('absolute, protocol-relative, fragment and mailto URLs are left alone', () => {
    const html =
      '<a href="https://butlerspb.ru/">a</a><img src="//cdn.example.com/a.png" alt=""><a href="#top">t</a><a href="mailto:a@b.ru">m</a>';
    assert.equal(absolutizeHtmlUrls(html, BASE), html);
  });

  test('markup shown as text (escaped by the pipeline) is not rewritten', () => {
    const html = '<pre><code>&#x3C;a href="/x/">x&#x3C;/a></code></pre><p>href="/y"</p>';
    assert.equal(absolutizeHtmlUrls(html, BASE), html);
  });

  test('a ">" inside another attribute does not hide a later src', () => {
    assert.equal(
      absolutizeHtmlUrls('<img alt="a > b" src="/i.png">', BASE),
      `<img alt="a > b" src="${BASE}/i.png">`,
    );
  });

  test('data-src and other look-alike attributes are not touched', () => {
    assert.equal(absolutizeHtmlUrls('<img data-src="/i.png" src="/j.png">', BASE), `<img data-src="/i.png" src="${BASE}/j.png">`);
  });
});

// --- Atom and JSON Feed ---

const TAG_CHANNEL = tagFeedChannel({ slug: 'uborka', name: 'уборка' });
const RFC3339_MOSCOW = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?\+03:00$/;

function atomOf(xml: string): Element {
  return child(parse(xml), 'feed');
}

describe('feed channels and paths', () => {
  test('the site’s feeds are at the root, a listing’s under /feeds/ plus its path', () => {
    assert.deepEqual(
      (['rss', 'atom', 'json'] as const).map((format) => feedPath(siteFeedChannel(), format)),
      ['/rss.xml', '/atom.xml', '/feed.json'],
    );
    assert.equal(feedPath(TAG_CHANNEL, 'atom'), '/feeds/tags/uborka/atom.xml');
    assert.equal(feedPath(listingFeedChannel('/authors/anna/', 'А', 'Б'), 'json'), '/feeds/authors/anna/feed.json');
    assert.equal(TAG_CHANNEL.title, 'Блог ButlerSPB: уборка');
    const author = authorFeedChannel({ url: '/authors/anna-smirnova/', name: 'Анна Смирнова' });
    assert.deepEqual(author, {
      title: 'Блог ButlerSPB: Анна Смирнова',
      description: 'Статьи блога ButlerSPB, автор — Анна Смирнова.',
      pagePath: '/authors/anna-smirnova/',
      folder: '/feeds/authors/anna-smirnova/',
    });
    assert.equal(TAG_CHANNEL.description, 'Статьи блога ButlerSPB по теме «уборка».');
  });

  test('a page offers one link per format, each with its media type and a title naming the format', () => {
    assert.deepEqual(feedAlternates(TAG_CHANNEL), {
      'application/rss+xml': [{ url: '/feeds/tags/uborka/rss.xml', title: 'Блог ButlerSPB: уборка (RSS)' }],
      'application/atom+xml': [{ url: '/feeds/tags/uborka/atom.xml', title: 'Блог ButlerSPB: уборка (Atom)' }],
      'application/feed+json': [{ url: '/feeds/tags/uborka/feed.json', title: 'Блог ButlerSPB: уборка (JSON Feed)' }],
    });
  });

  test('a tag’s RSS feed names the tag, links its page and points at itself', () => {
    const channel = channelOf(buildRssFeed([post(summary('a', '2025-07-01T00:00:00Z'))], { baseUrl: BASE, now: NOW, channel: TAG_CHANNEL }));
    assert.equal(text(child(channel, 'title')), 'Блог ButlerSPB: уборка');
    assert.equal(text(child(channel, 'link')), `${BASE}/tags/uborka/`);
    assert.equal(child(channel, 'atom:link').attributes?.href, `${BASE}/feeds/tags/uborka/rss.xml`);
  });

  test('the response carries the format’s media type, and the body is the format’s feed', async () => {
    for (const format of ['rss', 'atom', 'json'] as const) {
      const response = feedResponse(format, [post(summary('a', '2025-07-01T00:00:00Z'))], { baseUrl: BASE, now: NOW });
      assert.equal(response.headers.get('content-type'), `${FEED_FORMATS[format].mediaType}; charset=utf-8`);
      assert.equal(await response.text(), buildFeed(format, [post(summary('a', '2025-07-01T00:00:00Z'))], { baseUrl: BASE, now: NOW }));
    }
  });
});

describe('buildAtomFeed', () => {
  const posts = [
    post(summary('middle', '2025-06-12T08:30:00+03:00')),
    post(summary('newest', '2025-07-31T23:30:00Z', { updatedAt: '2025-08-02T10:00:00Z' })),
  ];
  const feed = atomOf(buildAtomFeed(posts, { baseUrl: BASE, now: NOW, channel: TAG_CHANNEL }));
  const entries = children(feed, 'entry');

  test('the feed names the tag, links its page and itself, is dated by its newest edit in Moscow time', () => {
    assert.equal(feed.attributes?.xmlns, 'http://www.w3.org/2005/Atom');
    assert.equal(text(child(feed, 'id')), `${BASE}/tags/uborka/`);
    assert.equal(text(child(feed, 'title')), 'Блог ButlerSPB: уборка');
    assert.equal(text(child(feed, 'subtitle')), 'Статьи блога ButlerSPB по теме «уборка».');
    const links = children(feed, 'link').map((link) => [link.attributes?.rel, link.attributes?.href]);
    assert.deepEqual(links, [
      ['alternate', `${BASE}/tags/uborka/`],
      ['self', `${BASE}/feeds/tags/uborka/atom.xml`],
    ]);
    assert.equal(text(child(feed, 'updated')), '2025-08-02T13:00:00+03:00');
    assert.equal(text(child(child(feed, 'author'), 'name')), 'ButlerSPB');
  });

  test('entries: newest first, id and link the post’s URL, Moscow dates, author, body, tags as categories', () => {
    assert.deepEqual(entries.map((entry) => text(child(entry, 'id'))), [`${BASE}/blog/newest/`, `${BASE}/blog/middle/`]);
    const [newest] = entries;
    assert.equal(child(newest!, 'link').attributes?.href, `${BASE}/blog/newest/`);
    // 23:30 UTC on 31 July is already 1 August in Moscow.
    assert.equal(text(child(newest!, 'published')), '2025-08-01T02:30:00+03:00');
    assert.equal(text(child(newest!, 'updated')), '2025-08-02T13:00:00+03:00');
    for (const entry of entries) assert.match(text(child(entry, 'published')), RFC3339_MOSCOW);
    assert.equal(text(child(child(newest!, 'author'), 'name')), 'Анна Смирнова');
    assert.equal(child(newest!, 'content').attributes?.type, 'html');
    assert.ok(text(child(newest!, 'content')).includes(`href="${BASE}/blog/other/"`));
    assert.deepEqual(
      children(newest!, 'category').map((c) => [c.attributes?.term, c.attributes?.label, c.attributes?.scheme]),
      [
        ['uborka', 'уборка', `${BASE}/tags/`],
        ['arenda', 'аренда', `${BASE}/tags/`],
      ],
    );
  });

  test('text in html fields is escaped HTML, so a reader shows it as written; hostile text leaves the XML well-formed', () => {
    const hostile = summary('hostile', '2025-07-01T00:00:00Z', {
      title: 'A ]]> B ]]> </title><script>alert(1)</script> & C',
      description: 'x ]]> y <b>z</b>',
      author: '</name><evil/> & Co',
      keywords: ['<b>тег', 'уборка'],
    });
    const entry = child(atomOf(buildAtomFeed([post(hostile, '<p>one ]]> two ]]> three</p>')], { baseUrl: BASE, now: NOW })), 'entry');
    assert.equal(text(child(entry, 'title')), 'A ]]&gt; B ]]&gt; &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; C');
    assert.equal(text(child(entry, 'summary')), 'x ]]&gt; y &lt;b&gt;z&lt;/b&gt;');
    assert.match(text(child(entry, 'content')), /one ]]&gt; two ]]&gt; three/);
    assert.equal(text(child(child(entry, 'author'), 'name')), '</name><evil/> & Co');
    // The keyword with "<" keeps its category (term: its slug) without the label the library cannot write.
    assert.deepEqual(
      children(entry, 'category').map((c) => [c.attributes?.term, c.attributes?.label]),
      [
        ['b-teg', undefined],
        ['uborka', 'уборка'],
      ],
    );
  });

  test('the library itself writes "<" into an attribute unescaped: the reason for the label rule above', () => {
    const raw = new Feed({ id: BASE, title: 't', copyright: 'c', generator: false });
    raw.addItem({ title: 't', link: `${BASE}/blog/x/`, date: NOW, category: [{ name: '<b>тег', term: 'b-teg' }] });
    assert.match(xmlError(new TextEncoder().encode(raw.atom1())) ?? '', /./);
  });

  test('control characters: breaks become spaces, the rest goes', () => {
    const control = summary('control', '2025-07-01T00:00:00Z', { title: 'Строка\u000bвторая\u0001', author: 'Анна\u000cСмирнова' });
    const entry = child(atomOf(buildAtomFeed([post(control, '<p>Абзац\u000bс переносом\u0000</p>')], { baseUrl: BASE, now: NOW })), 'entry');
    assert.equal(text(child(entry, 'title')), 'Строка вторая');
    assert.equal(text(child(child(entry, 'author'), 'name')), 'Анна Смирнова');
    assert.equal(text(child(entry, 'content')), '<p>Абзац с переносом</p>');
  });

  test(`only the ${FEED_LIMIT} newest posts; an empty feed is valid and dated now`, () => {
    const many = Array.from({ length: FEED_LIMIT + 3 }, (_, i) => post(summary(`p${i}`, new Date(Date.UTC(2025, 0, 1 + i)).toISOString())));
    assert.equal(children(atomOf(buildAtomFeed(many, { baseUrl: BASE, now: NOW })), 'entry').length, FEED_LIMIT);
    const empty = atomOf(buildAtomFeed([], { baseUrl: BASE, now: NOW }));
    assert.equal(children(empty, 'entry').length, 0);
    assert.equal(text(child(empty, 'updated')), '2025-08-01T15:00:00+03:00');
  });
});

type JsonFeed = Record<string, unknown> & { items: Record<string, unknown>[] };

function assertJsonFeedShape(feed: JsonFeed): void {
  assert.deepEqual(jsonFeedProblems(feed), []);
}

describe('buildJsonFeed', () => {
  const posts = [
    post(summary('middle', '2025-06-12T08:30:00+03:00')),
    post(summary('newest', '2025-07-31T23:30:00Z', { updatedAt: '2025-08-02T10:00:00Z' })),
  ];
  const feed = JSON.parse(buildJsonFeed(posts, { baseUrl: BASE, now: NOW, channel: TAG_CHANNEL })) as JsonFeed;

  test('is JSON Feed 1.1: version, title, home page, own URL, language, authors', () => {
    assertJsonFeedShape(feed);
    assert.equal(feed.title, 'Блог ButlerSPB: уборка');
    assert.equal(feed.home_page_url, `${BASE}/tags/uborka/`);
    assert.equal(feed.feed_url, `${BASE}/feeds/tags/uborka/feed.json`);
    assert.equal(feed.language, 'ru');
    assert.equal(feed.icon, `${BASE}/logo.png`);
    assert.deepEqual(feed.authors, [{ name: 'ButlerSPB', url: 'https://butlerspb.ru' }]);
  });

  test('items: newest first, id = url, title, body, summary, Moscow dates, authors, tags', () => {
    assert.deepEqual(feed.items.map((item) => item.id), [`${BASE}/blog/newest/`, `${BASE}/blog/middle/`]);
    const [newest] = feed.items;
    assert.equal(newest!.url, newest!.id);
    assert.equal(newest!.title, 'Заголовок newest');
    assert.equal(newest!.summary, 'Описание newest');
    assert.match(String(newest!.content_html), /^<p>Текст <a href="https:\/\/example\.org\/blog\/other\/">/);
    assert.equal(newest!.date_published, '2025-08-01T02:30:00+03:00');
    assert.equal(newest!.date_modified, '2025-08-02T13:00:00+03:00');
    assert.deepEqual(newest!.authors, [{ name: 'Анна Смирнова' }]);
    assert.deepEqual(newest!.tags, ['уборка', 'аренда']);
  });

  test('text stays text (JSON escapes it), control characters go as in the XML feeds', () => {
    const odd = summary('odd', '2025-07-01T00:00:00Z', { title: '</script> "q" & Строка\u000bвторая\u0001', keywords: ['тег\u0000'] });
    const [item] = (JSON.parse(buildJsonFeed([post(odd)], { baseUrl: BASE, now: NOW })) as JsonFeed).items;
    assert.equal(item!.title, '</script> "q" & Строка вторая');
    assert.deepEqual(item!.tags, ['тег']);
  });

  test('the shape check fails on what the library writes by itself (version 1, author, no id)', () => {
    const raw = new Feed({ id: BASE, title: 't', copyright: 'c', generator: false, author: { name: 'А' } });
    raw.addItem({ title: 't', link: `${BASE}/blog/x/`, date: NOW, content: '<p>x</p>', author: [{ name: 'А' }] });
    assert.deepEqual(jsonFeedProblems(JSON.parse(raw.json1())), [
      'version is "https://jsonfeed.org/version/1", not https://jsonfeed.org/version/1.1',
      'author (JSON Feed 1.0) instead of authors',
      'items[0]: no string id',
      'items[0]: author (JSON Feed 1.0) instead of authors',
    ]);
  });

  test('the shape check catches a bad date, a repeated id and missing content', () => {
    const feed = JSON.parse(buildJsonFeed([post(summary('a', '2025-07-01T00:00:00Z')), post(summary('b', '2025-06-01T00:00:00Z'))], { baseUrl: BASE, now: NOW })) as JsonFeed;
    feed.items[1]!.id = feed.items[0]!.id;
    feed.items[0]!.date_published = '1 июля 2025';
    delete feed.items[0]!.content_html;
    assert.deepEqual(jsonFeedProblems(feed), ['items[0]: no content_html or content_text', 'items[0]: date_published is not RFC 3339', `items[1]: id ${BASE}/blog/a/ repeats`]);
  });

  test(`an empty feed is valid; only the ${FEED_LIMIT} newest posts`, () => {
    assertJsonFeedShape(JSON.parse(buildJsonFeed([], { baseUrl: BASE, now: NOW })) as JsonFeed);
    const many = Array.from({ length: FEED_LIMIT + 3 }, (_, i) => post(summary(`p${i}`, new Date(Date.UTC(2025, 0, 1 + i)).toISOString())));
    assert.equal((JSON.parse(buildJsonFeed(many, { baseUrl: BASE, now: NOW })) as JsonFeed).items.length, FEED_LIMIT);
  });
});
