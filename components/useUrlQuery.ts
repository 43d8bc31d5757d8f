import { useCallback, useSyncExternalStore } from 'react';

/**
 * The `?q=` of the address bar as React state. The URL is the one source of
 * truth, so a reload or a shared link shows the same search. Read through
 * useSyncExternalStore: the prerendered HTML has no query, and this hydrates
 * with '' before showing the real one, without a mismatch.
 */
const CHANGE = 'search-query-change';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const readQuery = () => new URLSearchParams(window.location.search).get('q') ?? '';
const noQuery = () => '';

export function useUrlQuery(): [string, (next: string) => void] {
  const query = useSyncExternalStore(subscribe, readQuery, noQuery);
  const setQuery = useCallback((next: string) => {
    const url = new URL(window.location.href);
    if (next) url.searchParams.set('q', next);
    else url.searchParams.delete('q');
    // null state: Next's router keeps its own history state and learns the new URL.
    window.history.replaceState(null, '', url);
    window.dispatchEvent(new Event(CHANGE));
  }, []);
  return [query, setQuery];
}
