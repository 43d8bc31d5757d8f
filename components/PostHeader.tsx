import type { PostDetail } from '@/lib/content/reshape';
import { formatReadingTime } from '@/lib/content/reading-time';
import { FormattedDate } from './FormattedDate';

export function PostHeader({ post }: { post: PostDetail }) {
  return (
    <header className="mt-6 sm:mt-8">
      <h1 data-pagefind-meta={`title:${post.title}`} className="text-3xl font-bold leading-tight tracking-tight text-slate-900 sm:text-4xl dark:text-white">{post.headline}</h1>
      <p data-pagefind-ignore className="mt-4 flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
        <span>{post.author}</span>
        <span aria-hidden="true">·</span>
        <FormattedDate iso={post.publishedAt} />
        <span aria-hidden="true">·</span>
        <span>{formatReadingTime(post.wordCount)}</span>
      </p>
    </header>
  );
}
