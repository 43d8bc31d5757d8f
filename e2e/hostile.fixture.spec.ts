import { expect, test } from './fixtures';
import { graphNodes, objectsIn, readJsonLd, nodeOfType, type JsonNode } from './json-ld';

const HOSTILE = '/blog/vrazhdebnyy-zagolovok/';
const HOSTILE_TITLE = "</script ><script>window.__pwned='title';alert('title')//";

test.describe('hostile content never runs', () => {
  test('titles, descriptions, schema values and HTML in markdown stay inert', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const response = await page.goto(HOSTILE);
    expect(response?.status()).toBe(200);
    await page.locator('article').hover();
    await page.getByText('Наведи').hover();

    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();

    // The hostile text is shown as text, not lost: in the title and in the JSON-LD.
    await expect(page).toHaveTitle(`${HOSTILE_TITLE} | Блог ButlerSPB`);
    const blocks = await readJsonLd(page);
    expect(blocks).toHaveLength(1);
    expect(nodeOfType(blocks, 'BlogPosting')?.headline).toBe(HOSTILE_TITLE);
    const howTo = nodeOfType(blocks, 'HowTo') as JsonNode;
    expect(howTo.name).toBe("</SCRIPT\t><script>window.__pwned='schema';alert('schema')//");
    expect(howTo.description).toBe("\u2028\u2029<!-- --><script>alert('schema-2')</script>");

    // Nothing executable survived the sanitiser in the body.
    const body = page.locator('article .prose');
    await expect(body.locator('script, iframe, style')).toHaveCount(0);
    const unsafe = await body.evaluate((root) =>
      [...root.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes]
          .filter((a) => a.name.startsWith('on') || /^\s*javascript:/i.test(a.value))
          .map((a) => `${el.tagName}.${a.name}`),
      ),
    );
    expect(unsafe).toEqual([]);
    // The page is still visible: the <style> that tried to hide it is gone.
    await expect(page.locator('body')).toBeVisible();
  });

  test('svg, math, foreignObject, srcdoc, ontoggle, form, base, meta refresh and hidden javascript: do nothing', async ({
    page,
    externalRequests,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(HOSTILE);
    const body = page.locator('article .prose');
    // Click what could have been a javascript: link; none of them may run or leave the page.
    for (const name of ['SVG-ссылка', 'сущности', 'табуляция', 'пробел', 'markdown']) await body.getByText(name, { exact: true }).click();
    // Closed and opened again: a surviving ontoggle would have run twice.
    await page.getByText('Подробнее').click();
    await page.getByText('Подробнее').click();
    // A meta refresh of 0 s would have left by now.
    await page.waitForTimeout(500);

    await expect(page).toHaveURL(new RegExp(`${HOSTILE}$`));
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(externalRequests.filter((url) => url.includes('evil.invalid'))).toEqual([]);

    await expect(body.locator('svg, math, foreignObject, iframe, form, button, base, meta, animate')).toHaveCount(0);
    await expect(page.locator('base, meta[http-equiv="refresh" i]')).toHaveCount(0);
    const unsafe = await page.locator('body').evaluate((root) =>
      [...root.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes]
          .filter((a) => a.name.startsWith('on') || ['srcdoc', 'formaction', 'xlink:href'].includes(a.name) || /script:/i.test(a.value.replace(/\s/g, '')))
          .map((a) => `${el.tagName}.${a.name}`),
      ),
    );
    expect(unsafe).toEqual([]);
    // What was harmless is still there, as plain content.
    await expect(body.locator('details summary')).toHaveText('Подробнее');
    await expect(body.getByText('Раскрытый текст')).toBeVisible();
  });

  test("an editor's class=\"cta-button\" is a plain link, and sr-only hides nothing", async ({ page }) => {
    await page.goto(HOSTILE);
    const body = page.locator('article .prose');
    const fake = body.getByRole('link', { name: 'Поддельная кнопка' });
    await expect(fake).toHaveAttribute('href', 'https://evil.invalid/cta');
    expect(await fake.getAttribute('class')).toBeNull();
    await expect(body.locator('[class]')).toHaveCount(0);
    // Styled as text, not as the site's button: no button background.
    expect(await fake.evaluate((a) => getComputedStyle(a).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await expect(body.getByText('спрятанный текст')).toBeVisible();
  });

  test('JSON-LD: a schema the checker would refuse, rendered anyway, adds no node and rewrites none of the site', async ({ page }) => {
    await page.goto('/blog/doverie-klientov/');
    const reference = graphNodes(await readJsonLd(page));
    await page.goto(HOSTILE);
    const blocks = await readJsonLd(page);
    const nodes = graphNodes(blocks);
    expect(nodes.map((n) => n['@type'])).toEqual(['Organization', 'WebSite', 'WebPage', 'ImageObject', 'BreadcrumbList', 'BlogPosting', 'HowTo']);
    // The site-wide nodes are the same as on any other post.
    expect(nodes.slice(0, 2)).toEqual(reference.slice(0, 2));
    expect(nodes[0]?.name).toBe('ButlerSPB');

    const howTo = nodeOfType(blocks, 'HowTo') as JsonNode;
    expect(howTo['@id']).toBe(`${String(nodes[2]?.['@id'])}#howto`);
    expect(howTo.publisher).toEqual({ '@type': 'Organization', '@id': 'https://butlerspb-blog.netlify.app/#organization' });
    expect(howTo.url).toBeUndefined();
    expect(howTo.image).toEqual({ '@type': 'ImageObject' });
    expect(howTo.isBasedOn).toEqual({ '@type': 'CreativeWork', headline: 'Подмена статьи' });
    expect(howTo.sameAs).toEqual(['https://butlerspb.ru/']);
    expect(howTo.step).toEqual([{ '@type': 'HowToStep', text: 'Шаг' }]);

    const objects = blocks.flatMap((block) => [...objectsIn(block)]);
    const keywords = objects.flatMap((o) => Object.keys(o)).filter((k) => k.startsWith('@') && !['@type', '@id'].includes(k));
    expect(keywords.sort()).toEqual(['@context', '@graph']);
    // Every URL-valued string in the whole graph is an absolute http(s) URL.
    const URL_KEYS = new Set(['@id', 'url', 'image', 'sameAs', 'logo', 'contentUrl', 'item', 'mainEntityOfPage', 'isBasedOn']);
    const urls = objects.flatMap((o) => Object.entries(o).filter(([k]) => URL_KEYS.has(k)).flatMap(([, v]) => (Array.isArray(v) ? v : [v])));
    const strings = urls.filter((v): v is string => typeof v === 'string');
    expect(strings.length).toBeGreaterThan(10);
    expect(strings.filter((v) => !/^https?:\/\/[^\s]+$/.test(v))).toEqual([]);
  });

  test('the raw HTML has no unescaped "<" inside JSON-LD', async ({ request }) => {
    const html = await (await request.get(HOSTILE)).text();
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).not.toMatch(/[<>]/);
    expect(scripts[0]).toContain('\\u003c/script');
  });

  test('the hostile post is a fixture only: the real site does not have it', async ({ request }) => {
    const real = await request.get(`http://127.0.0.1:${process.env.E2E_SERVER_PORT ?? 3100}${HOSTILE}`);
    expect(real.status()).toBe(404);
  });
});
