import Link from 'next/link';
import type { ArchiveYear } from '@/lib/content/archive';
import { FormattedDate } from './FormattedDate';

/**
 * The archive: a year heading (h2), a month heading (h3), the month's posts
 * with their dates. Styles sit on the lists, not on each of possibly
 * thousands of items, to keep the page light.
 */
export function ArchiveList({ years }: { years: readonly ArchiveYear[] }) {
  if (years.length === 0) return <p className="mt-10 text-slate-700 dark:text-slate-300">Статей пока нет.</p>;
  return (
    <div className="mt-10 space-y-12">
      {years.map((year) => (
        <section key={year.year} aria-labelledby={`archive-${year.year}`}>
          <h2 id={`archive-${year.year}`} className="text-2xl font-bold text-slate-900 dark:text-white">
            {year.year}
          </h2>
          {year.months.map((month) => (
            <section key={month.key} aria-labelledby={`archive-${month.key}`} className="mt-6">
              <h3 id={`archive-${month.key}`} className="text-lg font-semibold text-slate-800 dark:text-slate-100">
                {month.label}
              </h3>
              <ul className="mt-3 space-y-3 [&_a]:font-medium [&_a]:text-slate-900 [&_a]:underline [&_a]:decoration-slate-300 [&_a]:underline-offset-4 [&_a:hover]:text-brand-700 [&_a:hover]:decoration-current dark:[&_a]:decoration-slate-600 dark:[&_a]:text-slate-100 dark:[&_a:hover]:text-brand-100 [&_li]:sm:flex [&_li]:sm:gap-4 [&_time]:block [&_time]:shrink-0 [&_time]:text-sm [&_time]:text-slate-600 [&_time]:sm:w-36 [&_time]:sm:pt-0.5 dark:[&_time]:text-slate-400">
                {month.posts.map((post) => (
                  <li key={post.slug}>
                    <FormattedDate iso={post.publishedAt} />
                    <Link href={post.url}>{post.title}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
