import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/ListingPage';
import { MovedTo } from '@/components/MovedTo';
import { pageNumbers, parsePageParam } from '@/lib/content/pagination';
import { publishedPosts } from '@/lib/content/posts';
import { buildListingMetadata, HOME, listingPage, movedListingMetadata } from '@/lib/seo/listing';

// Only pages that exist are prerendered, anything else is a 404. /page/1/ redirects to /.
export const dynamicParams = false;

export function generateStaticParams() {
  return pageNumbers(publishedPosts().length).map((page) => ({ page: String(page) }));
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageParam((await params).page) ?? 0;
  return page === 1 ? movedListingMetadata(HOME) : buildListingMetadata(HOME, page);
}

export default async function HomePageN({ params }: Props) {
  const page = parsePageParam((await params).page);
  if (page === 1) return <MovedTo href="/" />;
  const listing = page ? listingPage(HOME, publishedPosts(), page) : null;
  if (!listing) notFound();
  return <ListingPage listing={listing} />;
}
