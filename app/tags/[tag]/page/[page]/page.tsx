import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/ListingPage';
import { MovedTo } from '@/components/MovedTo';
import { pageNumbers, parsePageParam } from '@/lib/content/pagination';
import { publishedTags, tagWithPosts } from '@/lib/content/posts';
import { tagPath } from '@/lib/content/tags';
import { buildListingMetadata, listingPage, movedListingMetadata, tagSubject } from '@/lib/seo/listing';

// /tags/x/page/1/ redirects to /tags/x/ (see pageNumbers for why it exists at all).
export const dynamicParams = false;

export function generateStaticParams() {
  return publishedTags().flatMap((tag) => pageNumbers(tag.count).map((page) => ({ tag: tag.slug, page: String(page) })));
}

type Props = { params: Promise<{ tag: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, page } = await params;
  const found = tagWithPosts(tag);
  const number = parsePageParam(page);
  if (!found || !number) return {};
  const subject = tagSubject(found.tag);
  return number === 1 ? movedListingMetadata(subject) : buildListingMetadata(subject, number);
}

export default async function TagPageN({ params }: Props) {
  const { tag, page } = await params;
  const found = tagWithPosts(tag);
  const number = parsePageParam(page);
  if (found && number === 1) return <MovedTo href={tagPath(found.tag.slug)} />;
  const listing = found && number ? listingPage(tagSubject(found.tag), found.posts, number) : null;
  if (!listing) notFound();
  return <ListingPage listing={listing} />;
}
