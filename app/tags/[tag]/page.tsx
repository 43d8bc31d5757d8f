import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TagListing, tagHeading } from '@/components/TagListing';
import { paginate } from '@/lib/content/pagination';
import { publishedTags, tagWithPosts } from '@/lib/content/posts';
import { tagPath } from '@/lib/content/tags';
import { listingMetadata } from '@/lib/seo/metadata';

export const dynamicParams = false;

export function generateStaticParams() {
  return publishedTags().map((tag) => ({ tag: tag.slug }));
}

type Props = { params: Promise<{ tag: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = tagWithPosts((await params).tag);
  if (!found) return {};
  return listingMetadata(tagPath(found.tag.slug), {
    title: tagHeading(found.tag),
    description: `Статьи блога ButlerSPB по теме «${found.tag.name}».`,
  });
}

export default async function TagPage({ params }: Props) {
  const found = tagWithPosts((await params).tag);
  const listing = found ? paginate(found.posts, 1, tagPath(found.tag.slug)) : null;
  if (!found || !listing) notFound();
  return <TagListing tag={found.tag} listing={listing} path={tagPath(found.tag.slug)} />;
}
