import { PAGE_IDS } from '@/lib/page-ids';
import { primaryButtonClass, textInputClass } from './control-classes';

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
        className={textInputClass('small', 'sm:w-44 sm:flex-none')}
      />
      <button type="submit" className={primaryButtonClass('small')}>
        Найти
      </button>
    </form>
  );
}
