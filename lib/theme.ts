/**
 * Light/dark theme. The system preference decides until the visitor picks a
 * theme with the toggle; the pick is kept in localStorage. The decision is
 * made by THEME_INIT_SCRIPT, inlined at the top of <head>, so the first paint
 * already has the right colours (no flash) and nothing waits for hydration.
 */
export type Theme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'theme';
export const THEME_ATTRIBUTE = 'data-theme';

// Kept tiny and dependency-free: it runs before any of our JS. The CSP allows
// exactly this text by its hash, so any edit here changes the hash too.
export const THEME_INIT_SCRIPT = `(function(){var k='${THEME_STORAGE_KEY}',e=document.documentElement,m=window.matchMedia('(prefers-color-scheme: dark)');function a(){var s=null;try{s=localStorage.getItem(k)}catch(_){}var t=s==='dark'||s==='light'?s:m.matches?'dark':'light';e.setAttribute('${THEME_ATTRIBUTE}',t);e.style.colorScheme=t}a();m.addEventListener('change',a)})();`;

export function isTheme(value: unknown): value is Theme {
  return value === 'light' || value === 'dark';
}
