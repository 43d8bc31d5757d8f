/**
 * `npm run test:load`: a short load test of the production server. Starts
 * `next start` on the server build, then autocannon sends 20 connections for
 * 10 seconds over every page in the sitemap plus the search page, and prints
 * throughput and latency. Exits 1 on any error, timeout or non-2xx answer.
 * It prints numbers and asserts no speed: on a shared 2-core machine speed
 * is not a pass/fail matter (the benchmark in bench/ measures it).
 *
 *   tsx scripts/load-test.ts [--connections 20] [--duration 10]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

/** From our own port range (3400–3499). */
const PORT = Number(process.env.LOAD_TEST_PORT ?? 3420);
const ORIGIN = `http://127.0.0.1:${PORT}`;

function startServer(): ChildProcess {
  const server = spawn(process.execPath, [require.resolve('next/dist/bin/next'), 'start', '--hostname', '127.0.0.1', '--port', String(PORT)], {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  server.on('exit', (code) => {
    if (code) console.error(`load-test: next start exited with ${code}`);
  });
  return server;
}

async function waitUntilUp(timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${ORIGIN}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer on ${ORIGIN} within ${timeoutMs / 1000} s`);
}

/** The pages a visitor can reach: the sitemap's, as paths on this server. */
async function pagePaths(): Promise<string[]> {
  const sitemap = await (await fetch(`${ORIGIN}/sitemap.xml`)).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  if (paths.length === 0) throw new Error('the sitemap lists no pages');
  return [...new Set([...paths, '/search/'])];
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { connections: { type: 'string', default: '20' }, duration: { type: 'string', default: '10' } },
  });
  const connections = Number(values.connections);
  const duration = Number(values.duration);
  const server = startServer();
  try {
    await waitUntilUp();
    const paths = await pagePaths();
    const result = await autocannon({
      url: ORIGIN,
      connections,
      duration,
      timeout: 10,
      requests: paths.map((path) => ({ method: 'GET', path })),
      headers: { 'accept-encoding': 'gzip' },
    });
    const failures = result.errors + result.timeouts + result.non2xx;
    const statuses = Object.entries(result.statusCodeStats)
      .map(([code, { count }]) => `${code}×${count}`)
      .join(', ');
    console.log(
      [
        `load test: next start, ${connections} connections × ${duration} s over ${paths.length} pages`,
        `  requests: ${result.requests.total} (${result.requests.average.toFixed(0)}/s average), ${(result.throughput.average / 1e6).toFixed(1)} MB/s`,
        `  latency:  p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
        `  status:   ${statuses}; errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
      ].join('\n'),
    );
    return failures === 0 && result.requests.total > 0 ? 0 : 1;
  } finally {
    server.kill('SIGTERM');
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`load-test: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
