import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MovedTo } from '@/components/MovedTo';
import { TagListing, tagHeading } from '@/components/TagListing';
import { pageNumbers, pagePath, paginate, parsePageParam } from '@/lib/content/pagination';
import { publishedTags, tagWithPosts } from '@/lib/content/posts';
import { tagPath } from '@/lib/content/tags';
import { listingMetadata } from '@/lib/seo/metadata';

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
  if (number === 1) return { ...listingMetadata(tagPath(found.tag.slug), { title: tagHeading(found.tag) }), robots: { index: false } };
  return listingMetadata(pagePath(tagPath(found.tag.slug), number), {
    title: `${tagHeading(found.tag)}, страница ${number}`,
    description: `Статьи блога ButlerSPB по теме «${found.tag.name}», страница ${number}.`,
  });
}

export default async function TagPageN({ params }: Props) {
  const { tag, page } = await params;
  const found = tagWithPosts(tag);
  const number = parsePageParam(page);
  if (found && number === 1) return <MovedTo href={tagPath(found.tag.slug)} />;
  const listing = found && number ? paginate(found.posts, number, tagPath(found.tag.slug)) : null;
  if (!found || !number || !listing) notFound();
  return <TagListing tag={found.tag} listing={listing} path={pagePath(tagPath(found.tag.slug), number)} />;
}
