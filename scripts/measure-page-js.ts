/**
 * Reports the JavaScript a page of a built site really loads: it serves the
 * build the way production does (`next start` for a server build, a static
 * file server for an export), opens the page in Chromium and sums every
 * script file it fetched, raw and gzipped, plus the page's inline scripts
 * (JSON-LD aside). It prints numbers; it asserts nothing.
 *
 *   npm run measure:js                          # the seed post in out/
 *   npm run measure:js -- .next-server / /blog/doverie-klientov/ '/search/?q=доверие'
 *
 * A browser, not the HTML's <script> tags: it skips the `noModule` polyfills
 * that modern browsers never fetch, and counts anything loaded later.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/chromium';
import { productionServerArgs } from '../support/production-server';
import { ownModulesIn, readClientReferenceManifests, scriptSize, totals, type ScriptSize } from '../support/page-js';
import { freePort } from '../support/free-port';

const root = path.resolve(__dirname, '..');
const DEFAULT_PATHS = ['/blog/doverie-klientov/'];
/** After `load`, how long the page must fetch no script for it to count as settled. */
const QUIET_MS = 1500;

function binOf(pkg: string, name: string): string {
  const manifestPath = require.resolve(`${pkg}/package.json`, { paths: [root] });
  const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: Record<string, string> };
  const relative = bin[name];
  if (!relative) throw new Error(`${pkg} has no ${name} binary`);
  return path.join(path.dirname(manifestPath), relative);
}

/** Serves the build as production would; the static server's files are the export itself. */
function serve(dist: string, port: number): { process: ChildProcess; kind: string; errors: () => string } {
  const isExport = existsSync(path.join(dist, 'index.html'));
  if (!isExport && !existsSync(path.join(dist, 'BUILD_ID'))) {
    throw new Error(`${dist} is neither a static export (no index.html) nor a server build (no BUILD_ID): build it first`);
  }
  const [args, env] = isExport
    ? [[binOf('serve', 'serve'), dist, '--listen', `tcp://127.0.0.1:${port}`, '--no-clipboard', '--no-request-logging'], {}]
    : [productionServerArgs(port), { NEXT_DIST_DIR: path.relative(root, dist) }];
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr?.on('data', (data: Buffer) => (errors += data.toString()));
  return { process: child, kind: isExport ? 'static export' : 'server build (npm start\'s server)', errors: () => errors };
}

async function waitUntilUp(url: string, server: ReturnType<typeof serve>): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (server.process.exitCode !== null) throw new Error(`the server exited with code ${server.process.exitCode}:\n${server.errors()}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`${url} did not answer within a minute`);
}

/**
 * The route manifests that describe this build's client chunks. An export
 * keeps them in .next, which only counts if .next is the export's own build.
 */
function manifestSources(dist: string): string[] {
  let buildDir = dist;
  if (existsSync(path.join(dist, 'index.html'))) {
    buildDir = path.join(root, '.next');
    const buildId = existsSync(path.join(buildDir, 'BUILD_ID')) ? readFileSync(path.join(buildDir, 'BUILD_ID'), 'utf8').trim() : '';
    if (!buildId || !existsSync(path.join(dist, '_next', 'static', buildId))) return [];
  }
  const appDir = path.join(buildDir, 'server', 'app');
  if (!existsSync(appDir)) return [];
  return readClientReferenceManifests(appDir);
}

interface PageScripts {
  readonly files: ScriptSize[];
  readonly sources: string[];
  /** Inline <script>s other than JSON-LD (the theme script; on React pages, the flight payload). */
  readonly inline: ScriptSize;
}

async function scriptsOf(baseUrl: string, pagePath: string): Promise<PageScripts> {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: [...CHROMIUM_ARGS],
  });
  try {
    const page = await browser.newPage();
    // Offline like the e2e suite: nothing may leave this machine.
    await page.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort('blockedbyclient'));
    const pending: Promise<{ size: ScriptSize; source: string } | null>[] = [];
    let lastScriptAt = Date.now();
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      lastScriptAt = Date.now();
      const url = new URL(response.url()).pathname;
      pending.push(response.body().then((body) => ({ size: scriptSize(url, body), source: body.toString('utf8') }), () => null));
    });
    const response = await page.goto(new URL(pagePath, baseUrl).toString(), { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${pagePath} answered ${response?.status()}`);
    while (Date.now() - lastScriptAt < QUIET_MS) await page.waitForTimeout(250);
    const inlineText = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')]
        .filter((script) => script.getAttribute('type') !== 'application/ld+json')
        .map((script) => script.textContent ?? '')
        .join('\n'),
    );
    const loaded = (await Promise.all(pending)).filter((entry) => entry !== null);
    return { files: loaded.map((e) => e.size), sources: loaded.map((e) => e.source), inline: scriptSize('inline', inlineText) };
  } finally {
    await browser.close();
  }
}

const bytes = (n: number) => n.toLocaleString('en-US');

async function main(): Promise<void> {
  const [distArg = 'out', ...pathArgs] = process.argv.slice(2);
  const dist = path.resolve(root, distArg);
  const paths = pathArgs.length ? pathArgs : DEFAULT_PATHS;
  const port = await freePort();
  const server = serve(dist, port);
  const manifests = manifestSources(dist);
  try {
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitUntilUp(`${baseUrl}/`, server);
    console.log(`JS loaded by pages of ${path.relative(root, dist) || '.'} (${server.kind})`);
    for (const pagePath of paths) {
      const { files, sources, inline } = await scriptsOf(baseUrl, pagePath);
      const sum = totals(files);
      console.log(`\n${pagePath}`);
      const width = Math.max(...files.map((c) => c.url.length), 36);
      const row = (label: string, raw: number, gzip: number) =>
        console.log(`  ${label.padEnd(width)}  ${bytes(raw).padStart(9)}  ${bytes(gzip).padStart(9)}`);
      console.log(`  ${'script'.padEnd(width)}  ${'raw B'.padStart(9)}  ${'gzip B'.padStart(9)}`);
      for (const file of files) row(file.url, file.raw, file.gzip);
      row(`script files: ${sum.count}`, sum.raw, sum.gzip);
      row('inline scripts (JSON-LD aside)', inline.raw, inline.gzip);
      const ours =
        files.length === 0 ? 'none' : manifests.length ? ownModulesIn(manifests, sources).join(', ') || 'none' : 'unknown (no build manifests for this output)';
      console.log(`  our client components in those scripts: ${ours}`);
    }
  } finally {
    server.process.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
