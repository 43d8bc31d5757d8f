import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HomeListing } from '@/components/HomeListing';
import { MovedTo } from '@/components/MovedTo';
import { pageNumbers, pagePath, paginate, parsePageParam } from '@/lib/content/pagination';
import { publishedPosts } from '@/lib/content/posts';
import { listingMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

// Only pages that exist are prerendered, anything else is a 404. /page/1/ redirects to /.
export const dynamicParams = false;

export function generateStaticParams() {
  return pageNumbers(publishedPosts().length).map((page) => ({ page: String(page) }));
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageParam((await params).page) ?? 0;
  if (page === 1) return { ...listingMetadata('/'), robots: { index: false } };
  return listingMetadata(pagePath('/', page), { title: `Страница ${page}`, description: `${site.description} Страница ${page}.` });
}

export default async function HomePageN({ params }: Props) {
  const page = parsePageParam((await params).page);
  if (page === 1) return <MovedTo href="/" />;
  const listing = page ? paginate(publishedPosts(), page, '/') : null;
  if (!page || !listing) notFound();
  return <HomeListing listing={listing} path={pagePath('/', page)} />;
}
