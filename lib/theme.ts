/**
 * Light/dark theme. The system preference decides until the visitor picks a
 * theme with the toggle; the pick is kept in localStorage. The decision is
 * made by THEME_INIT_SCRIPT, inlined at the top of <head>, so the first paint
 * already has the right colours (no flash) and nothing waits for hydration.
 */
export type Theme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'theme';
export const THEME_ATTRIBUTE = 'data-theme';

/** Marks the toggle button(s); the script below finds them by it. */
export const THEME_TOGGLE_ATTRIBUTE = 'data-theme-toggle';
export const THEME_TOGGLE_TITLES = { dark: 'Включить светлую тему', light: 'Включить тёмную тему' } as const;

// The whole of the theme's behaviour, the toggle included: pages ship no
// React runtime (build/post-build.ts), so the toggle cannot be a client
// component. Kept tiny and dependency-free: it runs before first paint, then
// marks the toggle's state once the document is parsed and flips the theme
// on a click anywhere on a toggle. The CSP allows exactly this text by its
// hash, so any edit here changes the hash too.
export const THEME_INIT_SCRIPT = `(function(){var k='${THEME_STORAGE_KEY}',e=document.documentElement,m=window.matchMedia('(prefers-color-scheme: dark)');function d(){return e.getAttribute('${THEME_ATTRIBUTE}')==='dark'}function u(){var b=document.querySelectorAll('[${THEME_TOGGLE_ATTRIBUTE}]'),i;for(i=0;i<b.length;i++){b[i].setAttribute('aria-pressed',String(d()));b[i].title=d()?'${THEME_TOGGLE_TITLES.dark}':'${THEME_TOGGLE_TITLES.light}'}}function p(t){e.setAttribute('${THEME_ATTRIBUTE}',t);e.style.colorScheme=t;u()}function a(){var s=null;try{s=localStorage.getItem(k)}catch(_){}p(s==='dark'||s==='light'?s:m.matches?'dark':'light')}a();m.addEventListener('change',a);document.addEventListener('DOMContentLoaded',u);document.addEventListener('click',function(v){var b=v.target&&v.target.closest?v.target.closest('[${THEME_TOGGLE_ATTRIBUTE}]'):null;if(!b)return;var t=d()?'light':'dark';try{localStorage.setItem(k,t)}catch(_){}p(t)})})();`;
