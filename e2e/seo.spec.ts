import { expect, test } from './fixtures';
import { danglingReferences, dateValues, graphNodes, nodeOfType, readJsonLd, type JsonNode } from './json-ld';
import { POSTS, SEED } from './posts';

const SITE = 'https://butlerspb-blog.netlify.app';
const PAGES = [{ path: '/', kind: 'home' }, ...POSTS.map((post) => ({ path: `/blog/${post.slug}/`, kind: 'post' }))];

for (const target of PAGES) {
  test(`structured data of ${target.path} is one connected, dated @graph`, async ({ page }) => {
    await page.goto(target.path);
    const blocks = await readJsonLd(page);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.['@context']).toBe('https://schema.org');
    const nodes = graphNodes(blocks);
    expect(nodes.length).toBeGreaterThanOrEqual(4);
    expect(danglingReferences(blocks)).toEqual([]);
    for (const value of dateValues(blocks)) expect(value).toMatch(/T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$/);
    const types = nodes.map((node) => node['@type']);
    expect(types).toEqual(expect.arrayContaining(['Organization', 'WebSite', 'BreadcrumbList']));
    if (target.kind === 'post') expect(types).toEqual(expect.arrayContaining(['BlogPosting', 'HowTo', 'WebPage']));

    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toBe(`${SITE}${target.path}`);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical ?? '');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', `${SITE}/rss.xml`);
  });
}

test('the seed post: metadata, breadcrumbs and a HowTo of its seven pillars', async ({ page }) => {
  await page.goto(SEED.path);
  await expect(page).toHaveTitle(`${SEED.documentTitle} | Блог ButlerSPB`);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'ru_RU');
  await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute('content', '2025-07-26T12:57:37.781+03:00');
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
  await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', SEED.documentTitle);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  await expect(page.locator('meta[name="keywords"]')).toHaveAttribute('content', /доверие клиентов,\s?лояльность/);

  const crumbs = page.getByRole('navigation', { name: 'Навигационная цепочка' }).getByRole('listitem');
  await expect(crumbs).toHaveText([/Главная/, /Блог/, SEED.documentTitle]);

  const blocks = await readJsonLd(page);
  const howTo = nodeOfType(blocks, 'HowTo') as JsonNode;
  const steps = howTo.step as JsonNode[];
  expect(steps.map((s) => s.name)).toHaveLength(7);
  expect(steps.map((s) => String(s.name).split(':')[0])).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `Столп №${n}`));
  expect(steps.map((s) => s.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  // Each step points at its section on this page, and carries that section's first paragraph.
  for (const step of steps) {
    const id = decodeURIComponent(new URL(String(step.url)).hash.slice(1));
    expect(String(step.url).startsWith(`${SITE}${SEED.path}#`)).toBe(true);
    await expect(page.locator(`[id="${id}"]`)).toHaveText(String(step.name));
    expect(String(step.text).length).toBeGreaterThan(40);
  }
  // The editor's own properties survive the merge.
  expect(howTo.aggregateRating).toMatchObject({ ratingValue: '4.8', reviewCount: 409 });
  expect(howTo.publisher).toMatchObject({ '@type': 'Organization', name: 'Блог ButlerSPB' });

  const article = nodeOfType(blocks, 'BlogPosting') as JsonNode;
  expect(article.headline).toBe(SEED.documentTitle);
  expect(article.datePublished).toBe('2025-07-26T12:57:37.781+03:00');
  expect(article.inLanguage).toBe('ru-RU');
  expect(Number(article.wordCount)).toBeGreaterThan(800);
  expect(article.author).toMatchObject({ '@type': 'Person', name: SEED.author });
});

test('every post’s HowTo steps are its sections with prose, in page order', async ({ page }) => {
  for (const post of POSTS) {
    await page.goto(`/blog/${post.slug}/`);
    const howTo = nodeOfType(await readJsonLd(page), 'HowTo') as JsonNode;
    const stepIds = (howTo.step as JsonNode[]).map((s) => decodeURIComponent(new URL(String(s.url)).hash.slice(1)));
    const h2Ids = await page.locator('article .prose h2').evaluateAll((els) => els.map((el) => el.id));
    expect(stepIds.length).toBeGreaterThan(2);
    // Steps keep the page order and never include the «Читайте также» link list.
    expect(stepIds).toEqual(h2Ids.filter((id) => stepIds.includes(id)));
    expect(stepIds).not.toContain('читайте-также');
  }
});

test('sitemap, robots and feed are served', async ({ page, request }) => {
  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.status()).toBe(200);
  const sitemapXml = await sitemap.text();
  for (const post of POSTS) expect(sitemapXml).toContain(`<loc>${SITE}/blog/${post.slug}/</loc>`);
  expect(sitemapXml).toContain(`<loc>${SITE}/</loc>`);

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  // Yandex: tracking parameters merged into the clean URL; the obsolete Host directive gone.
  expect(robots).toContain('Clean-param: utm_source&utm_medium&utm_campaign&utm_content&utm_term&yclid&gclid&fbclid');
  expect(robots).not.toMatch(/^Host:/im);

  const feed = await request.get('/rss.xml');
  expect(feed.status()).toBe(200);
  const xml = await feed.text();
  await page.goto('/');
  const items = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) throw new Error('feed is not well-formed XML');
    return [...doc.querySelectorAll('item')].map((item) => ({
      title: item.querySelector('title')?.textContent,
      link: item.querySelector('link')?.textContent,
      guid: item.querySelector('guid')?.textContent,
      pubDate: item.querySelector('pubDate')?.textContent,
      content: item.getElementsByTagName('content:encoded')[0]?.textContent ?? '',
    }));
  }, xml);
  expect(items.map((i) => i.title)).toEqual(POSTS.map((p) => p.title));
  for (const item of items) {
    expect(item.link).toMatch(new RegExp(`^${SITE}/blog/[a-z0-9-]+/$`));
    expect(item.guid).toBe(item.link);
    expect(item.pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/);
    expect(item.content.length).toBeGreaterThan(1000);
  }
});
