import type { Locator } from '@playwright/test';

type ColorProperty = 'color' | 'backgroundColor' | 'outlineColor';

/**
 * WCAG relative luminance (0 = black, 1 = white) of an element's computed
 * colour. Tailwind 4 writes colours as oklch(); the browser converts them to
 * sRGB by painting one canvas pixel, so no colour maths of our own is needed
 * beyond the WCAG formula.
 */
export function luminance(locator: Locator, property: ColorProperty): Promise<number> {
  return locator.evaluate((element, prop) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2d canvas');
    context.fillStyle = getComputedStyle(element)[prop];
    context.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0] = [...context.getImageData(0, 0, 1, 1).data].map((value) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }, property);
}

/** WCAG contrast ratio of two luminances. */
export function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
