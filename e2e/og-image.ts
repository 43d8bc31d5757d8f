import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** The origin every absolute URL of the built site starts with (SITE_URL unset). */
export const SITE = 'https://butlerspb-blog.netlify.app';

export function generatedImageUrl(slug: string): string {
  return `${SITE}/og/${slug}/image.png`;
}

export async function socialImageUrls(page: Page): Promise<{ og: string | null; twitter: string | null }> {
  return {
    og: await page.locator('meta[property="og:image"]').getAttribute('content'),
    twitter: await page.locator('meta[name="twitter:image"]').getAttribute('content'),
  };
}

/** Width and height from a PNG's IHDR chunk, which always comes first. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Fetches an absolute site URL from the server under test (the built pages
 * name the production origin) and checks it is a 1200×630 PNG.
 */
export async function expectSocialCard(request: APIRequestContext, siteUrl: string, baseURL: string): Promise<void> {
  const url = siteUrl.replace(SITE, baseURL.replace(/\/$/, ''));
  const response = await request.get(url, { maxRedirects: 0 });
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
}
