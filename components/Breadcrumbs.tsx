import Link from 'next/link';
import type { Crumb } from '@/lib/seo/breadcrumbs';

/** The visible trail; the same crumbs make the page's BreadcrumbList. */
export function Breadcrumbs({ crumbs }: { crumbs: readonly Crumb[] }) {
  return (
    <nav data-pagefind-ignore aria-label="Навигационная цепочка" className="text-sm text-slate-600 dark:text-slate-400">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {crumbs.map((crumb, index) => {
          const last = index === crumbs.length - 1;
          return (
            <li key={crumb.url} className="flex items-center gap-2">
              {last ? (
                <span aria-current="page" className="line-clamp-1 text-slate-700 dark:text-slate-300">
                  {crumb.name}
                </span>
              ) : crumb.href.startsWith('/') ? (
                <Link href={crumb.href} className="underline-offset-2 hover:text-brand-700 hover:underline dark:hover:text-brand-100">
                  {crumb.name}
                </Link>
              ) : (
                <a href={crumb.href} className="underline-offset-2 hover:text-brand-700 hover:underline dark:hover:text-brand-100">
                  {crumb.name}
                </a>
              )}
              {last ? null : (
                <span aria-hidden="true" className="text-slate-400 dark:text-slate-500">
                  /
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
