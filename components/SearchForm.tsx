import { PAGE_IDS } from '@/lib/page-ids';

/**
 * The header's search field: a plain GET form to /search/, so it works on
 * every page without any JavaScript of ours.
 */
export function SearchForm() {
  return (
    <form role="search" aria-label="Поиск по блогу" action="/search/" method="get" className="flex w-full gap-2 sm:w-auto">
      <label htmlFor={PAGE_IDS.siteSearch} className="sr-only">
        Поиск по блогу
      </label>
      <input
        id={PAGE_IDS.siteSearch}
        type="search"
        name="q"
        required
        placeholder="Поиск по блогу"
        className="min-w-0 flex-1 rounded-lg border border-slate-500 bg-white px-3 py-1.5 text-sm text-slate-900 placeholder:text-slate-500 sm:w-44 sm:flex-none dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
      />
      <button
        type="submit"
        className="rounded-lg bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 dark:bg-brand-600 dark:hover:bg-brand-700"
      >
        Найти
      </button>
    </form>
  );
}
