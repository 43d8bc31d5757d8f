import Link from 'next/link';
import type { PostSummary } from '@/lib/content/reshape';
import { FormattedDate } from './FormattedDate';
import { HeroImage } from './HeroImage';

export function PostCard({ post, priority = false }: { post: PostSummary; priority?: boolean }) {
  return (
    <article className="group flex flex-col overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm transition hover:shadow-md dark:border-slate-800 dark:bg-slate-900 dark:shadow-none dark:hover:border-slate-600">
      {post.hero ? (
        <HeroImage
          src={post.hero.src}
          alt={post.hero.alt}
          priority={priority}
          sizes="(min-width: 1024px) 480px, (min-width: 640px) 50vw, 100vw"
        />
      ) : null}
      <div className="flex flex-1 flex-col gap-3 p-5">
        <h2 className="text-xl font-semibold leading-snug text-slate-900 dark:text-white">
          <Link href={post.url} className="hover:text-brand-700 hover:underline dark:hover:text-brand-100">
            {post.title}
          </Link>
        </h2>
        <p className="text-slate-700 dark:text-slate-300">{post.description}</p>
        <p className="mt-auto text-sm text-slate-600 dark:text-slate-400">
          <FormattedDate iso={post.publishedAt} /> · {post.author}
        </p>
      </div>
    </article>
  );
}
