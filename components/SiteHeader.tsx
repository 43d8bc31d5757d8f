import { site } from '@/lib/site';
import { SearchForm } from './SearchForm';
import { ThemeToggle } from './ThemeToggle';

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-5 gap-y-3 px-4 py-4 sm:px-6">
        {/* A plain link, as in SearchResults: see there. */}
        <a className="mr-auto text-lg font-semibold tracking-tight text-brand-800 hover:text-brand-600 dark:text-brand-100 dark:hover:text-white" href="/">
          {site.name}
        </a>
        <nav aria-label="Основная навигация">
          <ul className="flex gap-5 text-sm font-medium text-slate-700 dark:text-slate-200">
            {site.nav.map((item) => (
              <li key={item.href}>
                <a href={item.href} className="hover:text-brand-700 hover:underline dark:hover:text-brand-100">
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {/* Last on phones, on a line of its own; beside the nav from sm up. */}
        <ThemeToggle />
        <SearchForm />
      </div>
    </header>
  );
}
