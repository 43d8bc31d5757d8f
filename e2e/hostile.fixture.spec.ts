import { expect, test } from './fixtures';
import { readJsonLd, nodeOfType, type JsonNode } from './json-ld';

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
