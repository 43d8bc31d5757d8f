import Link from 'next/link';
import type { PostSummary } from '@/lib/content/reshape';
import { PAGE_IDS } from '@/lib/page-ids';
import { FormattedDate } from './FormattedDate';

export function RelatedPosts({ posts }: { posts: readonly PostSummary[] }) {
  if (posts.length === 0) return null;
  return (
    <section aria-labelledby={PAGE_IDS.relatedHeading} className="mt-12">
      <h2 id={PAGE_IDS.relatedHeading} className="text-2xl font-bold text-slate-900 dark:text-white">
        Похожие статьи
      </h2>
      <ul className="mt-6 grid gap-6 sm:grid-cols-3">
        {posts.map((post) => (
          <li key={post.slug} className="rounded-xl border border-slate-200 p-5 dark:border-slate-700">
            <Link href={post.url} className="font-semibold leading-snug text-slate-900 hover:text-brand-700 hover:underline dark:text-white dark:hover:text-brand-100">
              {post.title}
            </Link>
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">
              <FormattedDate iso={post.publishedAt} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
