import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { PageType } from './pages';
import { expectTheme, THEMES, waitForToggle } from './theme';

/**
 * Runs axe with its default rule set: every rule that is not experimental or
 * AAA, i.e. all of WCAG 2.0/2.1/2.2 A and AA plus axe's best practices
 * (landmarks, heading order, skip link target, ...). That is a superset of
 * withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']),
 * so no rule is left out by a tag list going stale. Every impact level fails.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const readable = violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
  }));
  expect(readable).toEqual([]);
}

/**
 * One axe test per page type and theme. The theme comes from the emulated
 * system preference, the path a first visit takes; axe runs on the finished
 * page (search: with its results), with the real, themed colours.
 */
export function describeAxe(pageTypes: readonly PageType[]): void {
  for (const theme of THEMES) {
    test.describe(`axe, ${theme} theme`, () => {
      test.use({ colorScheme: theme });
      for (const type of pageTypes) {
        test(`${type.name} has no violations`, async ({ page }) => {
          await page.goto(type.path);
          await expectTheme(page, theme);
          await waitForToggle(page);
          await type.ready?.(page);
          await expectNoAxeViolations(page);
        });
      }
    });
  }
}
