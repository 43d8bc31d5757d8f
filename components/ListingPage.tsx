import type { ReactNode } from 'react';
import type { Page } from '@/lib/content/pagination';
import type { PostSummary } from '@/lib/content/reshape';
import type { Crumb } from '@/lib/seo/breadcrumbs';
import { Breadcrumbs } from './Breadcrumbs';
import { Pagination } from './Pagination';
import { PostList } from './PostList';

interface ListingPageProps {
  heading: string;
  intro?: ReactNode;
  crumbs?: readonly Crumb[];
  listing: Page<PostSummary>;
}

/** The home page, its later pages and tag pages share this layout. */
export function ListingPage({ heading, intro, crumbs, listing }: ListingPageProps) {
  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      {crumbs ? <Breadcrumbs crumbs={crumbs} /> : null}
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-white">{heading}</h1>
      {intro ? <div className="mt-3 max-w-2xl text-lg text-slate-700 dark:text-slate-300">{intro}</div> : null}
      <div className="mt-10">
        {listing.items.length === 0 ? (
          <p className="text-slate-700 dark:text-slate-300">Статей пока нет.</p>
        ) : (
          <PostList posts={listing.items} />
        )}
      </div>
      <Pagination {...listing} />
    </div>
  );
}
