/**
 * The production server (scripts/server.ts, what `npm start` runs) on the
 * server build, for what tests or measures it (Playwright's webServer, the
 * load test, Lighthouse, the bench): started on a port of ours, waited for,
 * stopped by its own process id.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface ProductionServer {
  readonly origin: string;
  stop(): void;
}

/** Polls `url` until it answers 2xx; fails at once if `server` (named `what` in messages) exits first. */
export async function waitForHttp(
  url: string,
  options: { readonly server?: ChildProcess; readonly timeoutMs?: number; readonly what?: string } = {},
): Promise<void> {
  const { server, timeoutMs = 60_000, what = 'the production server' } = options;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server && server.exitCode !== null) throw new Error(`${what} exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not answer on ${url} within ${timeoutMs / 1000} s`);
}

/** The command line that runs the production server: one Node process (tsx as a loader, not its own CLI), so its pid is the server's. */
export function productionServerArgs(port: number, hostname = '127.0.0.1'): string[] {
  return ['--import', 'tsx', path.join(__dirname, '..', 'scripts', 'server.ts'), '--hostname', hostname, '--port', String(port)];
}

/** `env` is added to this process's environment for the server (a test's OAuth settings, say). */
export async function startProductionServer(port: number, timeoutMs = 60_000, env: Readonly<Record<string, string>> = {}): Promise<ProductionServer> {
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, productionServerArgs(port), {
    env: { ...process.env, ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () => {
    if (server.exitCode === null) server.kill('SIGTERM');
  };
  try {
    await waitForHttp(`${origin}/`, { server, timeoutMs });
  } catch (error) {
    stop();
    throw error;
  }
  return { origin, stop };
}

/** Every page the sitemap lists, as a path on this server. */
export async function sitemapPaths(origin: string): Promise<string[]> {
  const sitemap = await (await fetch(`${origin}/sitemap.xml`)).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  if (paths.length === 0) throw new Error('the sitemap lists no pages');
  return paths;
}
