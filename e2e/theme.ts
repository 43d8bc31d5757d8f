import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const THEMES = ['light', 'dark'] as const;
export type ThemeName = (typeof THEMES)[number];

/** <html data-theme> is what every dark: style keys on (app/globals.css). */
export async function expectTheme(page: Page, theme: ThemeName): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/**
 * Waits until the page is fully set up: the inline theme script (lib/theme.ts)
 * marks the toggle's state once the document is parsed. Most pages run no
 * other script; /search/ also hydrates, which its `ready` check waits for.
 */
export async function waitForToggle(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Тёмная тема' })).toHaveAttribute('aria-pressed', /^(true|false)$/);
}
