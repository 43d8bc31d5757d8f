import Link from 'next/link';
import { tagPath, tagSlug } from '@/lib/content/tags';

/** A post's keywords as links to their tag pages. */
export function TagLinks({ keywords, label = 'Темы статьи' }: { keywords: readonly string[]; label?: string }) {
  const tags = keywords.filter((keyword) => tagSlug(keyword));
  if (tags.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {tags.map((keyword) => (
        <li key={keyword}>
          <Link
            href={tagPath(tagSlug(keyword))}
            className="inline-block rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-800 hover:bg-brand-100 dark:bg-slate-800 dark:text-brand-100 dark:hover:bg-slate-700"
          >
            {keyword}
          </Link>
        </li>
      ))}
    </ul>
  );
}
