import path from 'node:path';
import { test as base, expect } from '@playwright/test';

const REMOTE_IMAGE = path.join(__dirname, 'fixtures', 'remote-image.jpg');

/**
 * Every test runs offline: remote images are answered with a local fixture
 * and any other request that leaves 127.0.0.1 is refused and recorded, so a
 * page that depends on the internet shows up as a failure, not a slow test.
 */
export const test = base.extend<{ externalRequests: string[] }>({
  externalRequests: [
    async ({ page }, use) => {
    const external: string[] = [];
    await page.route(
      (url) => !['127.0.0.1', 'localhost'].includes(url.hostname),
      async (route) => {
        const url = new URL(route.request().url());
        if (route.request().resourceType() === 'image') {
          await route.fulfill({ path: REMOTE_IMAGE, contentType: 'image/jpeg' });
          return;
        }
        external.push(url.toString());
        await route.abort('blockedbyclient');
      },
    );
    await use(external);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Keeps a full-page screenshot for people to look at, not to diff: in
 * test-results/screenshots/<project>/<name>.png (git-ignored, replaced on
 * every run, one flat folder per output) and in the HTML report.
 */
export async function keepScreenshot(
  page: import('@playwright/test').Page,
  testInfo: import('@playwright/test').TestInfo,
  name: string,
): Promise<void> {
  const file = path.join(testInfo.project.outputDir, 'screenshots', testInfo.project.name, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}
export type { Page } from '@playwright/test';
