import type { Locator, Page } from '@playwright/test';
import { THEME_ATTRIBUTE, type Theme } from '../lib/theme';
import { expect } from './fixtures';

export type ThemeName = Theme;
export const THEMES: readonly ThemeName[] = ['light', 'dark'];

/** <html data-theme> is what every dark: style keys on (app/globals.css). */
export async function expectTheme(page: Page, theme: ThemeName): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute(THEME_ATTRIBUTE, theme);
}

/**
 * Waits until the page is fully set up: the inline theme script (lib/theme.ts)
 * marks the toggle's state once the document is parsed. Most pages run no
 * other script; /search/ also hydrates, which its `ready` check waits for.
 */
export async function waitForToggle(page: Page): Promise<void> {
  await expect(themeToggle(page)).toHaveAttribute('aria-pressed', /^(true|false)$/);
}

/** The header's theme toggle (components/ThemeToggle.tsx). */
export function themeToggle(page: Page): Locator {
  return page.getByRole('button', { name: 'Тёмная тема' });
}
