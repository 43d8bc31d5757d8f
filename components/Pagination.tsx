import Link from 'next/link';

interface PaginationProps {
  page: number;
  totalPages: number;
  prevPath: string | null;
  nextPath: string | null;
}

/**
 * Previous/next links between listing pages. The <link rel> tags are hoisted
 * into <head> by React 19, so crawlers see the sequence without JavaScript.
 */
export function Pagination({ page, totalPages, prevPath, nextPath }: PaginationProps) {
  if (totalPages <= 1) return null;
  const linkClass =
    'inline-flex items-center gap-1 rounded-lg border border-slate-300 px-4 py-2 font-medium text-slate-800 hover:border-brand-600 hover:text-brand-700 dark:border-slate-600 dark:text-slate-100 dark:hover:text-brand-100';
  return (
    <nav aria-label="Страницы списка" className="mt-12 flex items-center justify-between gap-4">
      {prevPath ? <link rel="prev" href={prevPath} /> : null}
      {nextPath ? <link rel="next" href={nextPath} /> : null}
      {prevPath ? (
        <Link href={prevPath} rel="prev" className={linkClass}>
          <span aria-hidden="true">←</span> Новее
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Страница {page} из {totalPages}
      </p>
      {nextPath ? (
        <Link href={nextPath} rel="next" className={linkClass}>
          Старее <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
