import { THEME_TOGGLE_ATTRIBUTE, THEME_TOGGLE_TITLES } from '@/lib/theme';

/**
 * The theme toggle: server-rendered markup only. Its behaviour lives in
 * THEME_INIT_SCRIPT (lib/theme.ts), which sets aria-pressed and the title
 * once the page is parsed and flips the theme on click, so the button works
 * on pages that ship no React runtime. Which icon shows is pure CSS.
 */
export function ThemeToggle() {
  return (
    <button
      type="button"
      {...{ [THEME_TOGGLE_ATTRIBUTE]: '' }}
      aria-label="Тёмная тема"
      title={THEME_TOGGLE_TITLES.light}
      // The init script sets aria-pressed and the title before React (where it runs) hydrates.
      suppressHydrationWarning
      className="inline-flex h-10 w-10 items-center justify-center rounded-lg border border-slate-300 text-slate-700 hover:border-brand-600 hover:text-brand-700 dark:border-slate-600 dark:text-slate-200 dark:hover:text-brand-100"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="hidden h-5 w-5 dark:block" fill="none" stroke="currentColor" strokeWidth="2">
        <path strokeLinecap="round" strokeLinejoin="round" d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8Z" />
      </svg>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 dark:hidden" fill="none" stroke="currentColor" strokeWidth="2">
        <circle cx="12" cy="12" r="4" />
        <path strokeLinecap="round" d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </svg>
    </button>
  );
}
