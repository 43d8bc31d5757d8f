import Link from 'next/link';
import { site } from '@/lib/site';

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-4 sm:px-6">
        <Link href="/" className="text-lg font-semibold tracking-tight text-brand-800 hover:text-brand-600">
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
      </div>
    </header>
  );
}
