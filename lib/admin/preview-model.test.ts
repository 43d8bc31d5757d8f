import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { buildCatalog } from '../content/catalog';
import { listMarkdownFiles } from '../content/content-files';
import { slugFromFilePath } from '../content/paths';
import { renderPostBody } from '../markdown/pipeline';
import { internalOrigins } from '../site';
import { FILE_NAME_FIELD } from './config';
import { decapFormat } from './frontmatter-format';
import { catalogFromEntries, previewPost, previewSlug, publicationState, type PostPreview, type PreviewEntry } from './preview-model';

const BLOG_DIR = path.resolve(__dirname, '../../content/blog');
const files = listMarkdownFiles(BLOG_DIR).map((filePath) => ({ filePath, source: readFileSync(filePath, 'utf8') }));
/** Entries as Decap hands them to the preview: our format's fromFile of each file. */
const entries: PreviewEntry[] = files.map(({ filePath, source }) => ({
  slug: slugFromFilePath(filePath),
  data: { ...decapFormat.fromFile(source) },
}));
const seed = entries.find((entry) => entry.slug === 'doverie-klientov')!;
const NOW = new Date('2026-01-15T12:00:00Z');

const withData = (entry: PreviewEntry, data: Record<string, unknown>): PreviewEntry => ({ ...entry, data: { ...entry.data, ...data } });

describe('publicationState: the site’s rule (lib/content/visibility.ts) at the preview’s clock', () => {
  const at = (data: Record<string, unknown>) => publicationState({ title: 'T', ...data }, NOW);
  test('a past date and no draft flag is published', () => {
    assert.equal(at({ pubDate: '2025-07-26T09:57:37.781Z' }), 'published');
    assert.equal(at({ pubDate: '2025-07-26', draft: false }), 'published');
  });
  test('draft: true is a draft, whatever the date', () => {
    assert.equal(at({ pubDate: '2025-07-26', draft: true }), 'draft');
    assert.equal(at({ pubDate: '2030-01-01', draft: true }), 'draft');
  });
  test('a future date is scheduled; the date is Moscow time when it has no offset', () => {
    assert.equal(at({ pubDate: '2030-01-01' }), 'scheduled');
    // 15:30 in Moscow is 12:30 UTC: still ahead of NOW (12:00 UTC).
    assert.equal(at({ pubDate: '2026-01-15T15:30:00' }), 'scheduled');
    // 14:30 in Moscow is 11:30 UTC: already past.
    assert.equal(at({ pubDate: '2026-01-15T14:30:00' }), 'published');
  });
  test('only a real true is a draft, as the model reads the flag', () => {
    assert.equal(at({ pubDate: '2025-07-26', draft: 'true' }), 'published');
  });
  test('a missing or impossible date has its own state', () => {
    assert.equal(at({}), 'no-date');
    assert.equal(at({ pubDate: '2025-02-30' }), 'no-date');
  });
});

describe('previewPost: the date the page shows', () => {
  test('Russian, in Moscow time, by the site’s formatter', async () => {
    // 21:30 UTC on 26 July is already 27 July in Moscow.
    const preview = await previewPost(withData(seed, { pubDate: '2025-07-26T21:30:00Z', body: 'Текст.' }), { catalog: new Map(), now: NOW });
    assert.equal(preview.dateText, '27 июля 2025 г.');
    assert.equal(preview.post.publishedAt, '2025-07-26T21:30:00Z');
  });
  test('without a valid date there is no date text, and the page still renders', async () => {
    const preview = await previewPost(withData(seed, { pubDate: 'завтра', body: 'Текст.' }), { catalog: new Map(), now: NOW });
    assert.equal(preview.dateText, null);
    assert.equal(preview.state, 'no-date');
    assert.match(preview.post.html, /<p>Текст\.<\/p>/);
  });
});

describe('previewPost: the seed doverie-klientov, as its page renders it', () => {
  let preview: PostPreview;
  before(async () => {
    preview = await previewPost(seed, { catalog: catalogFromEntries(entries, seed), now: NOW });
  });

  test('the body HTML is the page’s: the same pipeline, catalog and options as lib/content/posts.ts', async () => {
    const page = await renderPostBody(String(seed.data.body), {
      input: 'body',
      catalog: buildCatalog(files),
      siteOrigins: internalOrigins,
      contentDirPath: 'content',
      sourceFilePath: 'blog/doverie-klientov.md',
    });
    assert.equal(preview.post.html, page.html);
    assert.deepEqual(preview.post.outline, page.outline);
  });

  test('the leading # heading is the headline and the body has no h1', () => {
    assert.equal(preview.post.headline, 'Доверие клиентов: 7 столпов, на которых ButlerSPB строит безупречный сервис');
    assert.equal(preview.post.title, 'Доверие клиентов: как его завоевать и удержать');
    assert.doesNotMatch(preview.post.html, /<h1[\s>]/);
  });

  test('placeholders become the site’s button and link', () => {
    assert.match(preview.post.html, /<a href="https:\/\/butlerspb\.ru\/#calculator" class="cta-button" rel="noopener noreferrer">Рассчитать стоимость<\/a>/);
    assert.doesNotMatch(preview.post.html, /\[Кнопка/);
  });

  test('">-" link texts get the linked posts’ titles, from the entries the admin loaded', () => {
    assert.doesNotMatch(preview.post.html, />&#x3E;-<|>&gt;-<|>>-</);
    const title = String(entries.find((entry) => entry.slug === 'agentstvo-nedvizhimosti-sdat-kvartiru-v-sankt-peterburge')!.data.title).trim();
    assert.ok(preview.post.html.includes(`<a href="/blog/agentstvo-nedvizhimosti-sdat-kvartiru-v-sankt-peterburge/">${title}</a>`));
  });

  test('the raw HTML link inside a heading survives, sanitised as on the page', () => {
    assert.match(preview.post.html, /<h3 id="[^"]+">Заключение узнайте больше о странице контактов на <a href="https:\/\/butlerspb\.ru\/contacts" target="_blank" rel="nofollow noopener noreferrer">официальном сайте ButlerSPB<\/a><\/h3>/);
  });

  test('the fields the header shows, and no problems', () => {
    assert.equal(preview.post.author, 'Эксперт ButlerSPB');
    assert.deepEqual(preview.post.keywords.slice(0, 2), ['доверие клиентов', 'лояльность']);
    assert.equal(preview.post.hero?.src.startsWith('https://images.unsplash.com/'), true);
    assert.equal(preview.dateText, '26 июля 2025 г.');
    assert.equal(preview.state, 'published');
    assert.deepEqual(preview.problems, []);
  });

  test('hostile raw HTML is sanitised exactly as on the page', async () => {
    const body = '<img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a>\n';
    const hostile = await previewPost(withData(seed, { body }), { catalog: new Map(), now: NOW });
    const page = await renderPostBody(body, { input: 'body', catalog: new Map(), siteOrigins: internalOrigins, contentDirPath: 'content', sourceFilePath: 'blog/doverie-klientov.md' });
    assert.equal(hostile.post.html, page.html);
    assert.doesNotMatch(hostile.post.html, /onerror|<script|javascript:/);
  });
});

describe('previewPost: what a build would stop on is listed, not thrown', () => {
  test('a link to a post the branch does not have', async () => {
    const entry = withData(seed, { body: 'См. [статью](/blog/net-takoy/).\n' });
    const preview = await previewPost(entry, { catalog: catalogFromEntries(entries, entry), now: NOW });
    assert.match(preview.post.html, /<a href="\/blog\/net-takoy\/">статью<\/a>/);
    assert.equal(preview.problems.length, 1);
    assert.equal(preview.problems[0]!.severity, 'error');
    assert.match(preview.problems[0]!.text, /^ссылка: «\/blog\/net-takoy\/» — статьи «net-takoy» нет в content\/blog/);
  });
  test('an unknown placeholder', async () => {
    const preview = await previewPost(withData(seed, { body: '**[Кнопка: "Купить"]**\n' }), { catalog: new Map(), now: NOW });
    assert.match(preview.problems[0]!.text, /^плейсхолдер: «\[Кнопка: "Купить"\]» — неизвестный плейсхолдер/);
  });
});

describe('catalogFromEntries and previewSlug', () => {
  test('the edited entry is in the catalog as typed, under its file name', () => {
    const typed = withData(seed, { title: '  Новый заголовок ', [FILE_NAME_FIELD]: 'novyy-zagolovok' });
    const catalog = catalogFromEntries(entries, typed);
    assert.equal(catalog.get('novyy-zagolovok')?.title, 'Новый заголовок');
    assert.equal(catalog.get('investicii-arenda')?.title, 'Инвестиции в арендную недвижимость с ButlerSPB');
  });
  test('a self-link with a ">-" text gets the title being typed', async () => {
    const entry = withData(seed, { title: 'Как сейчас в форме', body: '[>-](/blog/doverie-klientov/)\n' });
    const preview = await previewPost(entry, { catalog: catalogFromEntries(entries, entry), now: NOW });
    assert.match(preview.post.html, /<a href="\/blog\/doverie-klientov\/">Как сейчас в форме<\/a>/);
  });
  test('a new entry has no slug yet: the file-name field names it', () => {
    assert.equal(previewSlug({ slug: '', data: { [FILE_NAME_FIELD]: ' uborka-kuhni ' } }), 'uborka-kuhni');
    assert.equal(previewSlug({ slug: 'doverie-klientov', data: {} }), 'doverie-klientov');
  });
  test('the hero goes through the admin’s asset lookup', async () => {
    const preview = await previewPost(withData(seed, { heroImage: '/images/new.jpg', body: 'Текст.' }), {
      catalog: new Map(),
      now: NOW,
      assetUrl: (src) => `blob:http://127.0.0.1/${src.slice(1)}`,
    });
    assert.equal(preview.post.hero?.src, 'blob:http://127.0.0.1/images/new.jpg');
    assert.equal(preview.post.hero?.alt, 'Доверие клиентов: как его завоевать и удержать');
  });
});
