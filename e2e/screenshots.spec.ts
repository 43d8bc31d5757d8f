import { expect, keepScreenshot, test } from './fixtures';
import { SEED, VIEWPORTS } from './posts';

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'post', path: SEED.path },
  { name: 'not-found', path: '/blog/takoy-stati-net/' },
] as const;

for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
  for (const target of PAGES) {
    test(`screenshot: ${target.name} at ${viewportName}`, async ({ page }, testInfo) => {
      await page.setViewportSize(viewport);
      await page.goto(target.path);
      // Load lazy images too, then wait for them to decode. (Not networkidle:
      // Next keeps its link prefetches open.)
      await page.evaluate(() =>
        Promise.all(
          [...document.images].map((img) => {
            img.loading = 'eager';
            return img.decode().catch(() => undefined);
          }),
        ),
      );
      // Nothing may stick out sideways at phone width.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await keepScreenshot(page, testInfo, `${target.name}-${viewportName}`);
    });
  }
}
