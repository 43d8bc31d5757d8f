import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/ListingPage';
import { publishedTags, tagWithPosts } from '@/lib/content/posts';
import { buildListingMetadata, listingPage, tagSubject } from '@/lib/seo/listing';

export const dynamicParams = false;

export function generateStaticParams() {
  return publishedTags().map((tag) => ({ tag: tag.slug }));
}

type Props = { params: Promise<{ tag: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = tagWithPosts((await params).tag);
  return found ? buildListingMetadata(tagSubject(found.tag), 1) : {};
}

export default async function TagPage({ params }: Props) {
  const found = tagWithPosts((await params).tag);
  const listing = found ? listingPage(tagSubject(found.tag), found.posts, 1) : null;
  if (!listing) notFound();
  return <ListingPage listing={listing} />;
}
