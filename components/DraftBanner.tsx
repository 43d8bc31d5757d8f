import type { PostSummary } from '@/lib/content/reshape';
import { unpublishedReason } from '@/lib/content/visibility';
import { FormattedDate } from './FormattedDate';

/**
 * Shown only in `npm run dev`: production builds never render a draft or a
 * scheduled post, so this can only appear in an editor's preview.
 */
export function DraftBanner({ post, now = new Date() }: { post: PostSummary; now?: Date }) {
  const reason = unpublishedReason(post, now);
  if (!reason) return null;
  return (
    <p
      role="status"
      data-pagefind-ignore
      className="mb-4 rounded-lg border border-amber-400 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-50"
    >
      <strong className="font-semibold">Черновик.</strong>{' '}
      {reason === 'draft' ? (
        <>Статья с draft: true видна только в предпросмотре и не попадёт на сайт.</>
      ) : (
        <>
          Дата публикации ещё не наступила: статья появится на сайте со сборкой после <FormattedDate iso={post.publishedAt} />.
        </>
      )}
    </p>
  );
}
