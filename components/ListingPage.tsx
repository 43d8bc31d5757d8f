import type { Listing } from '@/lib/seo/listing';
import { Breadcrumbs } from './Breadcrumbs';
import { JsonLd } from './JsonLd';
import { Pagination } from './Pagination';
import { PostList } from './PostList';

/** The home page, its later pages and tag pages: a listing built by lib/seo/listing. */
export function ListingPage({ listing }: { listing: Listing }) {
  const { heading, intro, crumbs, page } = listing;
  return (
    <>
      <JsonLd graph={listing.graph} />
      <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
        {crumbs ? <Breadcrumbs crumbs={crumbs} /> : null}
        <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-white">{heading}</h1>
        {intro ? <div className="mt-3 max-w-2xl text-lg text-slate-700 dark:text-slate-300">{intro}</div> : null}
        <div className="mt-10">
          {page.items.length === 0 ? (
            <p className="text-slate-700 dark:text-slate-300">Статей пока нет.</p>
          ) : (
            <PostList posts={page.items} />
          )}
        </div>
        <Pagination {...page} />
      </div>
    </>
  );
}
