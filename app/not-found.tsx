import type { Metadata } from 'next';
import { primaryButtonClass } from '@/components/control-classes';

export const metadata: Metadata = {
  title: 'Страница не найдена',
  robots: { index: false },
};

export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-20 text-center sm:px-6">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-100">Ошибка 404</p>
      <h1 className="mt-3 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-white">Страница не найдена</h1>
      <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">
        Возможно, статья переехала или в адресе опечатка. Загляните в список статей — там всё самое свежее.
      </p>
      <p className="mt-8">
        {/* A plain link, as in SearchResults: see there. */}
        <a className={primaryButtonClass('wide', 'inline-block')} href="/">
          Ко всем статьям
        </a>
      </p>
    </div>
  );
}
