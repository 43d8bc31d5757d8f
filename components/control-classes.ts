/**
 * The class lists of the site's form controls and primary buttons, defined
 * once. The header's search form is the small size; the search page and the
 * 404 page use the large ones. Tailwind finds the classes in this file, so
 * every class stays a whole literal here.
 */

const SIZES = {
  small: 'px-3 py-1.5 text-sm',
  large: 'px-4 py-3 text-base',
  /** The 404 page's link: roomier, at the surrounding text size. */
  wide: 'px-5 py-3',
} as const;

export type ControlSize = keyof typeof SIZES;

/** Brand fill, white text; `display` is for a link that must size like a button. */
export function primaryButtonClass(size: ControlSize, display: '' | 'inline-block' = ''): string {
  const lead = display ? `${display} ` : '';
  return `${lead}rounded-lg bg-brand-700 ${SIZES[size]} font-semibold text-white hover:bg-brand-800 dark:bg-brand-600 dark:hover:bg-brand-700`;
}

/** A text field that takes the row's free width; `layout` adds breakpoint widths. */
export function textInputClass(size: ControlSize, layout = ''): string {
  const after = layout ? `${layout} ` : '';
  return `min-w-0 flex-1 rounded-lg border border-slate-500 bg-white ${SIZES[size]} text-slate-900 placeholder:text-slate-500 ${after}dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400`;
}
