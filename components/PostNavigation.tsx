import Link from 'next/link';
import type { PostSummary } from '@/lib/content/reshape';

/** Links to the next older and newer posts. */
export function PostNavigation({ older, newer }: { older: PostSummary | null; newer: PostSummary | null }) {
  if (!older && !newer) return null;
  const box =
    'flex flex-col gap-1 rounded-xl border border-slate-200 p-4 hover:border-brand-600 dark:border-slate-700 dark:hover:border-brand-100';
  return (
    <nav aria-label="Соседние статьи" className="mt-12 grid gap-4 sm:grid-cols-2">
      {older ? (
        <Link href={older.url} rel="prev" className={box}>
          <span className="text-sm text-slate-600 dark:text-slate-300">← Предыдущая статья</span>
          <span className="font-semibold text-slate-900 dark:text-white">{older.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {newer ? (
        <Link href={newer.url} rel="next" className={`${box} sm:text-right`}>
          <span className="text-sm text-slate-600 dark:text-slate-300">Следующая статья →</span>
          <span className="font-semibold text-slate-900 dark:text-white">{newer.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
