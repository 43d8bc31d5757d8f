import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/ListingPage';
import { publishedPosts } from '@/lib/content/posts';
import { buildListingMetadata, HOME, listingPage } from '@/lib/seo/listing';

export const metadata = buildListingMetadata(HOME, 1);

export default function HomePage() {
  const listing = listingPage(HOME, publishedPosts(), 1);
  if (!listing) notFound();
  return <ListingPage listing={listing} />;
}
