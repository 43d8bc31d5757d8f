import Link from 'next/link';

/**
 * A page that only points elsewhere (/page/1/ → /). A static export cannot
 * send an HTTP redirect, so both outputs use a 0-second meta refresh, which
 * browsers follow without JavaScript and crawlers treat as a permanent move;
 * the page's canonical URL (set in its metadata) names the target too.
 */
export function MovedTo({ href, lead = 'Эта страница переехала', label = 'перейти' }: { href: string; lead?: string; label?: string }) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-20 text-center sm:px-6">
      <meta httpEquiv="refresh" content={`0; url=${href}`} />
      <p className="text-lg text-slate-700 dark:text-slate-300">
        {lead}: <Link href={href} className="font-semibold text-brand-700 underline dark:text-brand-100">{label}</Link>.
      </p>
    </div>
  );
}
