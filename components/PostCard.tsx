import Link from 'next/link';
import type { PostSummary } from '@/lib/content/reshape';
import { FormattedDate } from './FormattedDate';
import { HeroImage } from './HeroImage';

export function PostCard({ post, priority = false }: { post: PostSummary; priority?: boolean }) {
  return (
    <article className="group flex flex-col overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm transition hover:shadow-md">
      {post.hero ? (
        <HeroImage
          src={post.hero.src}
          alt={post.hero.alt}
          priority={priority}
          sizes="(min-width: 1024px) 480px, (min-width: 640px) 50vw, 100vw"
        />
      ) : null}
      <div className="flex flex-1 flex-col gap-3 p-5">
        <h2 className="text-xl font-semibold leading-snug text-slate-900">
          <Link href={post.url} className="hover:text-brand-700 hover:underline">
            {post.title}
          </Link>
        </h2>
        <p className="text-slate-700">{post.description}</p>
        <p className="mt-auto text-sm text-slate-600">
          <FormattedDate iso={post.publishedAt} /> · {post.author}
        </p>
      </div>
    </article>
  );
}
