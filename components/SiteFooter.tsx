import { site } from '@/lib/site';

export function SiteFooter() {
  const year = new Date().getFullYear();
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-5xl flex-col gap-2 px-4 py-8 text-sm text-slate-600 sm:flex-row dark:text-slate-400 sm:justify-between sm:px-6">
        <p>
          {/* The same text nodes as when the business was written here, so the HTML is unchanged. */}
          © {year} {site.organization.name}
          {`. ${site.organization.business}, `}
          {site.organization.areaServed}.
        </p>
        <p>
          <a className="underline hover:text-brand-700 dark:hover:text-brand-100" href={site.organization.url}>
            {site.organization.url.replace(/^https?:\/\//, '')}
          </a>
          {' · '}
          {/* nowrap: a phone number must not break at its hyphens (html-validate tel-non-breaking). */}
          <a className="whitespace-nowrap underline hover:text-brand-700 dark:hover:text-brand-100" href={`tel:${site.organization.telephone}`}>
            {site.organization.telephone}
          </a>
        </p>
      </div>
    </footer>
  );
}
