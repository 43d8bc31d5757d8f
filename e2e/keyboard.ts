import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** What the page's focused element looks like after a Tab press. */
interface FocusStop {
  readonly index: number | null;
  readonly label: string;
  readonly outline: string;
  /** Contrast of the focus outline with the background it is drawn on. */
  readonly contrast: number;
}

/**
 * Everything a visitor can operate. Deliberately not filtered by tabIndex: a
 * link or button taken out of the Tab order is exactly what must fail.
 * (Only non-interactive elements may opt out, like <main tabindex="-1">.)
 */
const INTERACTIVE =
  'a[href], button:not([disabled]), input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** Numbers every visible element that should be a Tab stop, in document order. */
function markTabbables(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const stops = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) =>
      el.checkVisibility({ visibilityProperty: true }),
    );
    stops.forEach((el, i) => (el.dataset.tabStop = String(i)));
    return stops.map((el) => `${el.tagName.toLowerCase()} «${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}»`);
  }, INTERACTIVE);
}

/**
 * Records every element that receives focus, with its focus indicator
 * measured at that moment, so the Tab presses need no round trip each.
 */
function recordFocusStops(page: Page): Promise<void> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    // Colour to [r, g, b, a] by painting it; the browser does the oklch() → sRGB conversion.
    const rgba = (color: string): number[] => {
      if (!context) throw new Error('no 2d canvas');
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = color;
      context.fillRect(0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data];
    };
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const [lr = 0, lg = 0, lb = 0] = [r, g, b].map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
    };
    const stops: FocusStop[] = [];
    (window as unknown as { __focusStops: FocusStop[] }).__focusStops = stops;
    document.addEventListener('focusin', (event) => {
      const el = event.target as HTMLElement;
      const style = getComputedStyle(el);
      // The outline sits outside the element (outline-offset), on its nearest opaque ancestor.
      let behind: Element | null = el.parentElement;
      while (behind && (rgba(getComputedStyle(behind).backgroundColor)[3] ?? 0) === 0) behind = behind.parentElement;
      const background = luminance(rgba(behind ? getComputedStyle(behind).backgroundColor : 'white'));
      const ring = luminance(rgba(style.outlineColor));
      stops.push({
        index: el.dataset.tabStop === undefined ? null : Number(el.dataset.tabStop),
        label: `${el.tagName.toLowerCase()} «${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}»`,
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
        contrast: (Math.max(ring, background) + 0.05) / (Math.min(ring, background) + 0.05),
      });
    });
  });
}

/**
 * Tabs through the whole page: every visible link, button and field must be
 * reached, in document order, and show a focus outline of at least 2 px with
 * 3:1 contrast against what surrounds it (WCAG 2.4.7 and 1.4.11).
 */
export async function expectEveryControlReachable(page: Page): Promise<void> {
  const expected = await markTabbables(page);
  expect(expected.length).toBeGreaterThan(5);
  await recordFocusStops(page);
  // One press per expected stop, and one more that must leave the page.
  for (let press = 0; press <= expected.length; press++) await page.keyboard.press('Tab');
  const reached = await page.evaluate(() => (window as unknown as { __focusStops: FocusStop[] }).__focusStops);
  expect(reached.map((s) => s.index), reached.map((s) => s.label).join('\n')).toEqual(expected.map((_, i) => i));
  const weak = reached.filter((s) => !/^solid (\d+(\.\d+)?)px$/.test(s.outline) || parseFloat(s.outline.split(' ')[1] ?? '0') < 2 || s.contrast < 3);
  expect(weak.map((s) => `${s.label}: ${s.outline}, ${s.contrast.toFixed(2)}:1`)).toEqual([]);
}
