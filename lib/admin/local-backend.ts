/**
 * Where the admin finds decap-server, the local backend that reads and writes
 * the working copy (`npm run admin`). Only when the admin itself is opened on
 * the editor's own machine: decap-server has no authentication, so it listens
 * on loopback and nothing else ever talks to it. `?backend=<port>` picks
 * another port (the e2e tests run their own server on a free one).
 */
const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

export function localBackendUrl(location: Pick<Location, 'hostname' | 'search'>, defaultPort: number): string | undefined {
  if (!LOOPBACK.has(location.hostname)) return undefined;
  const asked = new URLSearchParams(location.search).get('backend');
  const port = asked !== null && /^\d{2,5}$/.test(asked) ? Number(asked) : defaultPort;
  return `http://${location.hostname}:${port}/api/v1`;
}
