import Link from 'next/link';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { JsonLd } from '@/components/JsonLd';
import { publishedPosts, publishedTags } from '@/lib/content/posts';
import { formatPostCount } from '@/lib/content/plurals';
import { tagPath } from '@/lib/content/tags';
import { buildTagIndex, tagIndexMetadata } from '@/lib/seo/listing';

export const metadata = tagIndexMetadata();

export default function TagsIndexPage() {
  const tags = publishedTags();
  const { heading, crumbs, graph } = buildTagIndex(publishedPosts());
  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <JsonLd graph={graph} />
      {crumbs ? <Breadcrumbs crumbs={crumbs} /> : null}
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-white">{heading}</h1>
      <ul aria-label="Темы" className="mt-8 flex flex-wrap gap-3">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link
              href={tagPath(tag.slug)}
              className="inline-flex items-baseline gap-2 rounded-full border border-slate-300 px-4 py-2 text-slate-800 hover:border-brand-600 hover:text-brand-700 dark:border-slate-600 dark:text-slate-100 dark:hover:text-brand-100"
            >
              <span>{tag.name}</span>
              <span className="text-sm text-slate-600 dark:text-slate-300">{formatPostCount(tag.count)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
