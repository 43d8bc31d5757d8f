/**
 * `npm run bench -- --posts N`: builds a site of N generated posts the way
 * `npm run build` does, measures the build (time per stage, peak memory of the
 * whole process tree, output), the post page (HTML, JS and CSS a visitor
 * downloads, how much of the JS is ours), then serves it with `npm start`'s server
 * and puts it under load with autocannon. Writes bench/results/<label>-<N>.json
 * and the results table in docs/benchmarks.md.
 *
 *   npm run bench -- --posts 1000 [--label before] [--connections 50] [--duration 20] [--port 3300] [--no-load] [--no-static]
 *
 * After the server build it builds the static export of the same content the
 * way `npm run build:static` does (into out-bench; Next keeps the export's
 * scratch files in .next, as build:static does), unless --no-static.
 *
 * The generated content lives in .bench/content and the build in .next-bench;
 * the real site's .contentlayer is moved aside while the bench builds and put
 * back afterwards, whatever happens (.next-server and out are never touched).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { postPath } from '../lib/content/paths';
import { benchCorpus, benchSlug } from './corpus';
import { runLoad } from './load';
import { siteBuildSteps } from '../scripts/build-site';
import { productionServerArgs, waitForHttp } from '../support/production-server';
import { chunkModules, ownClientModules } from '../build/static-html/client-modules';
import { gzipBytes, pageAssets } from './page-assets';
import { endedChildrenCpuMs, TreeMemorySampler } from './process-tree';
import { mb, resultsTable, withResultsTable } from './report';
import type { BenchResult } from './result';

const root = path.resolve(__dirname, '..');
const BENCH_DIR = path.join(root, '.bench');
const CONTENT_DIR = path.join(BENCH_DIR, 'content');
const LOG_DIR = path.join(BENCH_DIR, 'logs');
const SAVED_DIR = path.join(BENCH_DIR, 'saved');
const DIST = '.next-bench';
const STATIC_DIST = 'out-bench';
const RESULTS_DIR = path.join(root, 'bench', 'results');
const DOC = path.join(root, 'docs', 'benchmarks.md');
const SEED = { slug: 'doverie-klientov', file: path.join(root, 'content', 'blog', 'doverie-klientov.md') };
/** Files a Next build may rewrite for its dist folder, restored byte for byte. */
const GUARDED_FILES = ['next-env.d.ts', 'tsconfig.json'];

interface Options {
  readonly posts: number;
  readonly label: string;
  readonly connections: number;
  readonly durationSeconds: number;
  readonly port: number;
  readonly load: boolean;
  readonly staticExport: boolean;
}

function readOptions(argv: readonly string[]): Options {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      posts: { type: 'string', default: '1000' },
      label: { type: 'string', default: 'current' },
      connections: { type: 'string', default: '50' },
      duration: { type: 'string', default: '20' },
      port: { type: 'string', default: '3300' },
      'no-load': { type: 'boolean', default: false },
      'no-static': { type: 'boolean', default: false },
    },
  });
  const int = (name: string, value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got «${value}»`);
    return n;
  };
  if (!/^[a-z0-9-]+$/.test(values.label)) throw new Error('--label: lowercase letters, digits and hyphens');
  return {
    posts: int('posts', values.posts),
    label: values.label,
    connections: int('connections', values.connections),
    durationSeconds: int('duration', values.duration),
    port: int('port', values.port),
    load: !values['no-load'],
    staticExport: !values['no-static'],
  };
}

const log = (line: string) => console.log(`bench: ${line}`);

/** Puts the real site's Contentlayer output and Next-rewritten files back however the run ends. */
class ArtefactGuard {
  private readonly files = new Map<string, string | null>();
  private moved = false;
  private restored = false;

  constructor() {
    for (const file of GUARDED_FILES) {
      const full = path.join(root, file);
      this.files.set(full, existsSync(full) ? readFileSync(full, 'utf8') : null);
    }
    rmSync(SAVED_DIR, { recursive: true, force: true });
    mkdirSync(SAVED_DIR, { recursive: true });
    if (existsSync(path.join(root, '.contentlayer'))) {
      renameSync(path.join(root, '.contentlayer'), path.join(SAVED_DIR, '.contentlayer'));
      this.moved = true;
    }
  }

  restore(): void {
    if (this.restored) return;
    this.restored = true;
    // The bench's own Contentlayer output is kept in .bench for inspection.
    rmSync(path.join(BENCH_DIR, 'contentlayer'), { recursive: true, force: true });
    if (existsSync(path.join(root, '.contentlayer'))) renameSync(path.join(root, '.contentlayer'), path.join(BENCH_DIR, 'contentlayer'));
    if (this.moved) renameSync(path.join(SAVED_DIR, '.contentlayer'), path.join(root, '.contentlayer'));
    for (const [file, text] of this.files) {
      if (text === null) rmSync(file, { force: true });
      else if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
    }
  }
}

interface StageResult {
  readonly ms: number;
  readonly cpuMs: number;
  readonly peakRssBytes: number;
  readonly atPeak: BenchResult['build']['atPeak'][string];
  readonly peakProcesses: number;
  readonly output: string;
}

/** The stage running now, stopped if the bench is interrupted. */
let runningStage: ChildProcess | null = null;

/** Runs one build stage with its output in .bench/logs, sampling the memory of everything it starts. */
function runStage(name: string, bin: string, args: string[], env: Record<string, string>): Promise<StageResult> {
  const logFile = path.join(LOG_DIR, `${name.replace(/\W+/g, '-')}.log`);
  const out = createWriteStream(logFile);
  const chunks: Buffer[] = [];
  const started = performance.now();
  const cpuBefore = endedChildrenCpuMs();
  const child = spawn(path.join(root, 'node_modules', '.bin', bin), args, {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  runningStage = child;
  const sampler = new TreeMemorySampler(process.pid);
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      out.write(chunk);
    });
  }
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      runningStage = null;
      const ms = Math.round(performance.now() - started);
      const cpuMs = Math.round(endedChildrenCpuMs() - cpuBefore);
      const memory = sampler.stop();
      out.end();
      const output = Buffer.concat(chunks).toString('utf8');
      if (code !== 0) {
        reject(new Error(`${name} failed (exit ${code}); last lines of ${path.relative(root, logFile)}:\n${output.split('\n').slice(-30).join('\n')}`));
        return;
      }
      log(`${name.padEnd(13)} ${(ms / 1000).toFixed(1).padStart(6)} s (CPU ${(cpuMs / 1000).toFixed(1)} s)   peak ${mb(memory.peakBytes)} in ${memory.peakProcesses} processes`);
      const atPeak = memory.atPeak.slice(0, 4);
      for (const p of atPeak) log(`${''.padEnd(24)}${mb(p.rssBytes).padStart(7)}  ${p.command}`);
      resolve({ ms, cpuMs, peakRssBytes: memory.peakBytes, atPeak, peakProcesses: memory.peakProcesses, output });
    });
  });
}

/** Next's own account of its phases, e.g. "Compiled successfully in 12.3s". */
function nextPhases(output: string): Record<string, string> {
  // Strip ANSI colours.
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  const phases: Record<string, string> = {};
  const compiled = /Compiled successfully in ([\d.]+\s*(?:ms|s|min))/.exec(plain);
  if (compiled) phases.compile = compiled[1]!;
  const typescript = /Finished TypeScript in ([\d.]+\s*(?:ms|s|min))/.exec(plain);
  if (typescript) phases.typescript = typescript[1]!;
  const generating = /Generating static pages using (\d+) workers? \((\d+)\/\d+\) in ([\d.]+\s*(?:ms|s|min))/.exec(plain);
  if (generating) phases.staticGeneration = `${generating[2]} routes, ${generating[1]} workers, ${generating[3]}`;
  return phases;
}

function directoryBytes(dir: string, skip: (relative: string) => boolean = () => false): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (skip(entry)) continue;
    const stat = statSync(path.join(dir, entry), { throwIfNoEntry: false });
    if (stat?.isFile()) total += stat.size;
  }
  return total;
}

function countFiles(dir: string, suffix: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith(suffix)).length;
}

function versions(): Record<string, string> {
  const version = (pkg: string) =>
    (JSON.parse(readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    node: process.versions.node,
    next: version('next'),
    react: version('react'),
    contentlayer2: version('contentlayer2'),
    pagefind: version('pagefind'),
    autocannon: version('autocannon'),
  };
}

function gitCommit(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim();
    return dirty ? `${sha}+dirty` : sha;
  } catch {
    return 'unknown';
  }
}

async function fetchText(url: string): Promise<string> {
  // Node's fetch asks for compressed bodies and inflates them: .text() is the raw page.
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

async function measurePostPage(baseUrl: string, slug: string): Promise<BenchResult['postPage']> {
  const pagePath = postPath(slug);
  const html = await fetchText(`${baseUrl}${pagePath}`);
  const assets = pageAssets(html);
  const sources = new Map<string, string>();
  for (const src of [...assets.scripts, ...assets.stylesheets]) sources.set(src, await fetchText(new URL(src, baseUrl).href));
  const sum = (list: readonly string[]) => list.reduce((total, src) => total + gzipBytes(sources.get(src)!), 0);

  const manifest = readFileSync(path.join(root, DIST, 'server', 'app', 'blog', '[slug]', 'page_client-reference-manifest.js'), 'utf8');
  const ownPaths = new Map(ownClientModules(manifest).map((module) => [module.id, module.path]));
  const ownJs: { path: string; bytes: number; gzipBytes: number }[] = [];
  for (const src of assets.scripts) {
    for (const chunkModule of chunkModules(sources.get(src)!)) {
      const owner = ownPaths.get(chunkModule.id);
      if (owner) ownJs.push({ path: owner, bytes: Buffer.byteLength(chunkModule.source), gzipBytes: gzipBytes(chunkModule.source) });
    }
  }
  return {
    path: pagePath,
    htmlBytes: Buffer.byteLength(html),
    htmlGzipBytes: gzipBytes(html),
    flightBytes: assets.flightBytes,
    jsFiles: assets.scripts.length,
    jsGzipBytes: sum(assets.scripts),
    cssFiles: assets.stylesheets.length,
    cssGzipBytes: sum(assets.stylesheets),
    ownJs,
  };
}

async function serveAndLoad(options: Options): Promise<{ postPage: BenchResult['postPage']; load: BenchResult['load'] }> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  // Its own process group, so stopping it stops Next's workers too.
  const server = spawn(process.execPath, productionServerArgs(options.port), {
    cwd: root,
    env: { ...process.env, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  try {
    await waitForHttp(`${baseUrl}/`, { server });
    const postPage = await measurePostPage(baseUrl, benchSlug(SEED.slug, 1));
    log(`post page ${postPage.path}: HTML ${postPage.htmlBytes} B (gzip ${postPage.htmlGzipBytes} B), JS gzip ${postPage.jsGzipBytes} B in ${postPage.jsFiles} files, CSS gzip ${postPage.cssGzipBytes} B`);
    if (!options.load) return { postPage, load: null };

    // A mix of post pages spread over the whole corpus, at most 500 distinct URLs.
    const step = Math.max(1, Math.floor(options.posts / 500));
    const paths = Array.from({ length: Math.ceil(options.posts / step) }, (_, i) => postPath(benchSlug(SEED.slug, i * step + 1)));
    await runLoad({ baseUrl, paths, connections: options.connections, durationSeconds: 2 }); // warm-up
    const sampler = new TreeMemorySampler(server.pid!, 250);
    const load = await runLoad({ baseUrl, paths, connections: options.connections, durationSeconds: options.durationSeconds });
    const serverPeakRssBytes = sampler.stop().peakBytes;
    log(`load: ${Math.round(load.requestsPerSecond)} req/s, p50 ${load.latencyMs.p50} ms, p99 ${load.latencyMs.p99} ms, ${load.errors} errors, ${load.non2xx} non-2xx, server ${mb(serverPeakRssBytes)}`);
    return { postPage, load: { ...load, serverPeakRssBytes } };
  } finally {
    if (server.exitCode === null && server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

function writeResult(result: BenchResult): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  mkdirSync(path.dirname(DOC), { recursive: true });
  const file = path.join(RESULTS_DIR, `${result.label}-${result.posts}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  const results = readdirSync(RESULTS_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(path.join(RESULTS_DIR, name), 'utf8')) as BenchResult);
  const doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Benchmarks\n';
  writeFileSync(DOC, withResultsTable(doc, resultsTable(results)));
  log(`wrote ${path.relative(root, file)} and ${path.relative(root, DOC)}`);
}

async function main(argv: readonly string[]): Promise<void> {
  const options = readOptions(argv);
  const loadAverageAtStart = os.loadavg()[0]!;
  log(`${options.posts} posts; machine load ${loadAverageAtStart.toFixed(2)} on ${os.cpus().length} cores`);

  rmSync(CONTENT_DIR, { recursive: true, force: true });
  rmSync(LOG_DIR, { recursive: true, force: true });
  mkdirSync(path.join(CONTENT_DIR, 'blog'), { recursive: true });
  mkdirSync(LOG_DIR, { recursive: true });
  for (const post of benchCorpus(readFileSync(SEED.file, 'utf8'), SEED.slug, options.posts)) {
    writeFileSync(path.join(CONTENT_DIR, 'blog', `${post.slug}.md`), post.source);
  }
  // A cold build every time: Next's cache from an earlier run would flatter the numbers.
  rmSync(path.join(root, DIST), { recursive: true, force: true });
  rmSync(path.join(root, STATIC_DIST), { recursive: true, force: true });
  rmSync(path.join(root, '.next'), { recursive: true, force: true });

  const content = { CONTENT_DIR: path.relative(root, CONTENT_DIR) };
  const guard = new ArtefactGuard();
  const onSignal = () => {
    runningStage?.kill('SIGTERM');
    guard.restore();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const stages: Record<string, StageResult> = {};
  const staticStages: Record<string, StageResult> = {};
  try {
    // npm run build:content: the content check and Contentlayer, side by side.
    stages.content = await runStage('content', 'tsx', ['scripts/build-content.ts'], content);
    // The steps of npm run build after the content stage (scripts/build-site.ts).
    for (const step of siteBuildSteps({ staticExport: false, distDir: DIST })) {
      stages[step.name] = await runStage(step.name, step.bin, [...step.args], { ...content, ...step.env });
    }
    // npm run build:static after the content stage, on the same content.
    if (options.staticExport) {
      for (const step of siteBuildSteps({ staticExport: true, distDir: STATIC_DIST })) {
        const name = `static ${step.name}`;
        staticStages[name] = await runStage(name, step.bin, [...step.args], { ...content, ...step.env });
      }
    }
  } finally {
    guard.restore();
  }

  const stageValues = Object.values(stages);
  const totalMs = stageValues.reduce((sum, stage) => sum + stage.ms, 0);
  const prerender = JSON.parse(readFileSync(path.join(root, DIST, 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> };
  const prerenderedRoutes = Object.keys(prerender.routes).length;
  const htmlPages = countFiles(path.join(root, DIST, 'server', 'app'), '.html');
  const cpuMs = stageValues.reduce((sum, stage) => sum + stage.cpuMs, 0);
  const perStage = <K extends keyof StageResult>(key: K) => Object.fromEntries(Object.entries(stages).map(([name, stage]) => [name, stage[key]]));
  const build: BenchResult['build'] = {
    stagesMs: perStage('ms'),
    totalMs,
    cpuMs,
    stagesCpuMs: perStage('cpuMs'),
    peakRssBytes: Math.max(...stageValues.map((stage) => stage.peakRssBytes)),
    stagePeakRssBytes: perStage('peakRssBytes'),
    atPeak: perStage('atPeak'),
    peakProcesses: Math.max(...stageValues.map((stage) => stage.peakProcesses)),
    prerenderedRoutes,
    htmlPages,
    msPerPage: totalMs / prerenderedRoutes,
    outputBytes: directoryBytes(path.join(root, DIST), (relative) => relative === 'cache' || relative.startsWith(`cache${path.sep}`)),
    nextPhases: nextPhases(Object.entries(stages).filter(([name]) => name.startsWith('next')).map(([, stage]) => stage.output).join('\n')),
  };
  log(`build ${(totalMs / 1000).toFixed(1)} s (CPU ${(cpuMs / 1000).toFixed(1)} s), peak ${mb(build.peakRssBytes)}, ${prerenderedRoutes} routes (${htmlPages} HTML), ${build.msPerPage.toFixed(1)} ms/route, output ${mb(build.outputBytes)}`);
  for (const [phase, text] of Object.entries(build.nextPhases)) log(`  next ${phase}: ${text}`);

  const staticValues = Object.values(staticStages);
  const staticExport: BenchResult['staticExport'] = options.staticExport
    ? {
        stagesMs: Object.fromEntries(Object.entries(staticStages).map(([name, stage]) => [name, stage.ms])),
        totalMs: staticValues.reduce((sum, stage) => sum + stage.ms, 0),
        cpuMs: staticValues.reduce((sum, stage) => sum + stage.cpuMs, 0),
        peakRssBytes: Math.max(...staticValues.map((stage) => stage.peakRssBytes)),
        atPeak: Object.fromEntries(Object.entries(staticStages).map(([name, stage]) => [name, stage.atPeak])),
        outputBytes: directoryBytes(path.join(root, STATIC_DIST)),
        files: readdirSync(path.join(root, STATIC_DIST), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length,
      }
    : undefined;
  if (staticExport) {
    log(`static export ${(staticExport.totalMs / 1000).toFixed(1)} s after the content stage (CPU ${(staticExport.cpuMs / 1000).toFixed(1)} s), peak ${mb(staticExport.peakRssBytes)}, ${STATIC_DIST}/ ${mb(staticExport.outputBytes)} in ${staticExport.files} files`);
  }

  const served = await serveAndLoad(options);
  writeResult({
    label: options.label,
    date: new Date().toISOString(),
    commit: gitCommit(),
    posts: options.posts,
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryBytes: os.totalmem(),
      os: `${os.type()} ${os.release()}`,
      loadAverageAtStart,
    },
    versions: versions(),
    build,
    ...(staticExport ? { staticExport } : {}),
    postPage: served.postPage,
    load: served.load,
  });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
