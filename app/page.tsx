import { notFound } from 'next/navigation';
import { HomeListing } from '@/components/HomeListing';
import { paginate } from '@/lib/content/pagination';
import { publishedPosts } from '@/lib/content/posts';
import { listingMetadata } from '@/lib/seo/metadata';

export const metadata = listingMetadata('/');

export default function HomePage() {
  const listing = paginate(publishedPosts(), 1, '/');
  if (!listing) notFound();
  return <HomeListing listing={listing} path="/" />;
}
