import { JsonLd } from '@/components/JsonLd';
import { ListingPage } from '@/components/ListingPage';
import type { Page } from '@/lib/content/pagination';
import type { PostSummary } from '@/lib/content/reshape';
import { tagPath, TAGS_PATH, type Tag } from '@/lib/content/tags';
import { formatPostCount } from '@/lib/content/plurals';
import { listingCrumbs } from '@/lib/seo/breadcrumbs';
import { buildListingGraph } from '@/lib/seo/post-graph';

export function tagHeading(tag: Tag): string {
  return `Статьи по теме «${tag.name}»`;
}

/** Page N of one tag's posts. */
export function TagListing({ tag, listing, path }: { tag: Tag; listing: Page<PostSummary>; path: string }) {
  const heading = tagHeading(tag);
  const trail = [
    { name: 'Темы', path: TAGS_PATH },
    { name: tag.name, path: tagPath(tag.slug) },
    ...(listing.page > 1 ? [{ name: `Страница ${listing.page}`, path }] : []),
  ];
  const crumbs = listingCrumbs(trail);
  return (
    <>
      <JsonLd graph={buildListingGraph(listing.items, path, { name: heading, crumbs })} />
      <ListingPage heading={heading} intro={`${formatPostCount(tag.count)} на эту тему.`} crumbs={crumbs} listing={listing} />
    </>
  );
}
