'use client';

import { Fragment, useEffect, useId, useState } from 'react';
import { formatPostCount } from '@/lib/content/plurals';
import { searchPosts, type SearchHit, type SearchOutcome } from '@/lib/search/client';
import { primaryButtonClass, textInputClass } from './control-classes';
import { useUrlQuery } from './useUrlQuery';

const DEBOUNCE_MS = 250;

type Answer = { readonly term: string } & ({ readonly outcome: SearchOutcome } | { readonly failed: true });

/**
 * The search page's field and results: searches as you type, keeps the query
 * in ?q=. `example` is the query the empty field suggests (site.searchExample).
 */
export function SearchResults({ bundleUrl, example }: { bundleUrl: string; example: string }) {
  const [query, setQuery] = useUrlQuery();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const inputId = useId();
  const term = query.trim();

  useEffect(() => {
    if (!term) return;
    let current = true;
    const timer = window.setTimeout(() => {
      searchPosts(bundleUrl, term).then(
        (outcome) => current && setAnswer({ term, outcome }),
        () => current && setAnswer({ term, failed: true }),
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [bundleUrl, term]);

  // An answer to an older query is never shown as the answer to this one.
  const settled = term && answer?.term === term ? answer : null;

  return (
    <>
      {/* Without JavaScript the form still works: it reloads this page with ?q=. */}
      <form role="search" aria-label="Поиск по статьям" action="/search/" method="get" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-700 dark:text-slate-300">
          Поиск по статьям
        </label>
        <div className="mt-2 flex gap-2">
          <input
            id={inputId}
            type="search"
            name="q"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            autoComplete="off"
            placeholder={`Например: ${example}`}
            className={textInputClass('large')}
          />
          {/* Results follow the typing; the button is the form's explicit submit (WCAG H32) and works before hydration. */}
          <button type="submit" className={primaryButtonClass('large')}>
            Найти
          </button>
        </div>
      </form>
      <section aria-live="polite" aria-busy={Boolean(term && !settled)} aria-label="Результаты поиска" className="mt-6">
        {!term ? (
          <p className="text-slate-600 dark:text-slate-400">Введите слово или фразу — мы найдём статьи, где они встречаются.</p>
        ) : !settled ? (
          <p className="text-slate-600 dark:text-slate-400">Ищем…</p>
        ) : 'failed' in settled ? (
          <p className="text-red-700 dark:text-red-300">Не удалось загрузить поиск. Обновите страницу или попробуйте позже.</p>
        ) : settled.outcome.total === 0 ? (
          <p className="text-slate-700 dark:text-slate-300">Ничего не найдено по запросу «{settled.term}».</p>
        ) : (
          <Hits outcome={settled.outcome} />
        )}
      </section>
    </>
  );
}

function Hits({ outcome }: { outcome: SearchOutcome }) {
  const shown = outcome.hits.length < outcome.total ? ` Показаны первые ${outcome.hits.length}.` : '';
  return (
    <>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Найдено: {formatPostCount(outcome.total)}.{shown}
      </p>
      <ol className="mt-2 divide-y divide-slate-200 dark:divide-slate-800">
        {outcome.hits.map((hit) => (
          <Hit key={hit.url} hit={hit} />
        ))}
      </ol>
    </>
  );
}

function Hit({ hit }: { hit: SearchHit }) {
  return (
    <li className="py-5">
      <h2 className="text-xl font-semibold leading-snug text-slate-900 dark:text-white">
        {/* Not next/link: the posts have no flight data to navigate with
            (build/flight-files.ts), so a prefetch could only be refused. */}
        <a className="hover:text-brand-700 hover:underline dark:hover:text-brand-100" href={hit.url}>
          {hit.title}
        </a>
      </h2>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        {hit.excerpt.map((part, i) => (
          <Fragment key={i}>
            {part.marked ? <mark className="rounded-sm bg-brand-100 px-0.5 text-slate-900 dark:bg-brand-800 dark:text-white">{part.text}</mark> : part.text}
          </Fragment>
        ))}
      </p>
      {hit.words.length > 0 ? <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Совпадения: {hit.words.join(', ')}</p> : null}
    </li>
  );
}
