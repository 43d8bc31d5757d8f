import { ArchiveList } from '@/components/ArchiveList';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { JsonLd } from '@/components/JsonLd';
import { archiveByMonth } from '@/lib/content/archive';
import { publishedPosts } from '@/lib/content/posts';
import { archiveMetadata, buildArchiveHead } from '@/lib/seo/listing';

export const metadata = archiveMetadata();

/** Every published post by month, from the summaries only; one page (README, "Archive"). */
export default function ArchivePage() {
  const posts = publishedPosts();
  const { heading, intro, crumbs, graph } = buildArchiveHead(posts);
  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <JsonLd graph={graph} />
      {crumbs ? <Breadcrumbs crumbs={crumbs} /> : null}
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-white">{heading}</h1>
      {intro ? <p className="mt-3 max-w-2xl text-lg text-slate-700 dark:text-slate-300">{intro}</p> : null}
      <ArchiveList years={archiveByMonth(posts)} />
    </div>
  );
}
