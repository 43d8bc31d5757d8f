import Link from 'next/link';
import { site } from '@/lib/site';
import { SearchForm } from './SearchForm';

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-3 px-4 py-4 sm:px-6">
        <Link href="/" className="mr-auto text-lg font-semibold tracking-tight text-brand-800 hover:text-brand-600">
          {site.name}
        </Link>
        <nav aria-label="Основная навигация">
          <ul className="flex gap-5 text-sm font-medium text-slate-700">
            {site.nav.map((item) => (
              <li key={item.href}>
                <a href={item.href} className="hover:text-brand-700 hover:underline">
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {/* Last on phones, on a line of its own; beside the nav from sm up. */}
        <SearchForm />
      </div>
    </header>
  );
}
