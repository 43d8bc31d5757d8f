import { JsonLd } from '@/components/JsonLd';
import { ListingPage } from '@/components/ListingPage';
import type { Page } from '@/lib/content/pagination';
import type { PostSummary } from '@/lib/content/reshape';
import { listingCrumbs } from '@/lib/seo/breadcrumbs';
import { buildListingGraph } from '@/lib/seo/post-graph';
import { site } from '@/lib/site';

/** Page N of the blog's main listing (`/` is page 1). */
export function HomeListing({ listing, path }: { listing: Page<PostSummary>; path: string }) {
  const first = listing.page === 1;
  const heading = first ? site.name : `${site.name}: страница ${listing.page}`;
  const crumbs = first ? undefined : listingCrumbs([{ name: `Страница ${listing.page}`, path }]);
  return (
    <>
      <JsonLd graph={buildListingGraph(listing.items, path, { name: heading, crumbs })} />
      <ListingPage heading={heading} intro={first ? site.description : undefined} crumbs={crumbs} listing={listing} />
    </>
  );
}
