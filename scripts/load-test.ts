/**
 * `npm run test:load`: a short load test of the production server. Starts
 * scripts/server.ts (what `npm start` runs) on the server build, then autocannon sends 20 connections for
 * 10 seconds over every page in the sitemap plus the search page, and prints
 * throughput and latency. Exits 1 on any error, timeout or non-2xx answer.
 * It prints numbers and asserts no speed: on a shared 2-core machine speed
 * is not a pass/fail matter (the benchmark in bench/ measures it).
 *
 *   tsx scripts/load-test.ts [--connections 20] [--duration 10]
 */
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sitemapPaths, startProductionServer } from '../support/production-server';

/** From our own port range (3400–3499). */
const PORT = Number(process.env.LOAD_TEST_PORT ?? 3420);

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { connections: { type: 'string', default: '20' }, duration: { type: 'string', default: '10' } },
  });
  const connections = Number(values.connections);
  const duration = Number(values.duration);
  const server = await startProductionServer(PORT);
  try {
    const paths = [...new Set([...(await sitemapPaths(server.origin)), '/search/'])];
    const result = await autocannon({
      url: server.origin,
      connections,
      duration,
      timeout: 10,
      requests: paths.map((path) => ({ method: 'GET', path })),
      headers: { 'accept-encoding': 'gzip' },
    });
    const failures = result.errors + result.timeouts + result.non2xx;
    const statuses = Object.entries(result.statusCodeStats ?? {})
      .map(([code, { count }]) => `${code}×${count ?? 0}`)
      .join(', ');
    console.log(
      [
        `load test: the production server, ${connections} connections × ${duration} s over ${paths.length} pages`,
        `  requests: ${result.requests.total} (${result.requests.average.toFixed(0)}/s average), ${(result.throughput.average / 1e6).toFixed(1)} MB/s`,
        `  latency:  p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
        `  status:   ${statuses}; errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
      ].join('\n'),
    );
    return failures === 0 && result.requests.total > 0 ? 0 : 1;
  } finally {
    server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`load-test: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
