import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
// xml-js (with the strict sax parser) is the feed library's own dependency:
// parsing with it proves the output is well-formed without adding a package.
import { xml2js, type Element } from 'xml-js';
import { xmlError } from '../../support/xml-well-formed';
import type { PostSummary } from '../content/reshape';
import { FEED_LIMIT, absolutizeHtmlUrls, buildRssFeed, newestForFeed, type FeedPost } from './feed';

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
