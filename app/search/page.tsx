import type { Metadata } from 'next';
import { SearchResults } from '@/components/SearchResults';
import { newBundleVersion, searchBundleUrl } from '@/lib/search/bundle';
import { listingMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

export const metadata: Metadata = {
  ...listingMetadata('/search/', { title: 'Поиск', description: `Поиск по статьям ${site.nameGenitive}.` }),
  robots: { index: false, follow: true },
};

// Rendered once, at build time: the bundle's version must be the one
// the post-build pass reads back from this page (lib/search/bundle.ts).
export const dynamic = 'force-static';
const bundleUrl = searchBundleUrl(newBundleVersion());

export default function SearchPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:px-6 sm:py-8">
      <h1 className="mb-6 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-white">Поиск</h1>
      <SearchResults bundleUrl={bundleUrl} example={site.searchExample} />
    </div>
  );
}
