/**
 * `npm run lighthouse`: Lighthouse (the npm package, offline) against the
 * production server, with the system Chromium. Each page is measured
 * `--runs` times (default 3) with the desktop preset and with the default
 * mobile settings; the median of each category score is printed and written
 * to docs/lighthouse.md with the machine, versions and date. Not a CI gate:
 * scores move with machine load.
 *
 *   npm run build && npm run lighthouse [-- --runs 3]
 *
 * Pages: the home page, the seed post (hero on images.unsplash.com) and a
 * post whose hero is a file of the site, so one post's LCP is a real image.
 * Requests to images.unsplash.com are blocked (--blocked-url-patterns): the
 * machine has no internet, and a request left to time out would distort
 * every timing. Lighthouse does not count these blocked requests as console
 * errors; what it changes is that the seed post's LCP is its headline text
 * instead of its hero.
 */
import { execFile } from 'node:child_process';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/chromium';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { startProductionServer } from '../support/production-server';
import { median } from '../support/stats';

const run = promisify(execFile);

/** From our own port range (3400–3499). */
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3430);
const CHROME_PATH = process.env.CHROME_PATH ?? chromiumExecutable();
const BLOCKED = ['https://images.unsplash.com/*'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const PRESETS = ['desktop', 'mobile'] as const;
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'post (seed; remote hero blocked)', path: '/blog/doverie-klientov/' },
  { name: 'post (hero from the site)', path: '/blog/kak-bystro-zablokirovat-kartu-i-kuda-obraschatsya-za-pomoschyu/' },
] as const;
const REPORT = path.join('docs', 'lighthouse.md');

type Category = (typeof CATEGORIES)[number];
type Preset = (typeof PRESETS)[number];

interface LighthouseReport {
  lighthouseVersion: string;
  categories: Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; title: string; details?: unknown }>;
}

interface RunResult {
  readonly scores: Record<Category, number>;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly cls: number;
  /** The LCP element's tag, e.g. `<h1>` or `<img>`. */
  readonly lcpElement: string;
  /** Weighted audits that did not get full marks, by category. */
  readonly lost: Record<Category, string[]>;
}

async function lighthouse(url: string, preset: Preset, dir: string): Promise<{ version: string; result: RunResult }> {
  const output = path.join(dir, 'report.json');
  const cli = path.join(path.dirname(require.resolve('lighthouse/package.json')), 'cli', 'index.js');
  await run(
    process.execPath,
    [
      cli,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${output}`,
      `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      ...BLOCKED.map((pattern) => `--blocked-url-patterns=${pattern}`),
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    ],
    { env: { ...process.env, CHROME_PATH }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(readFileSync(output, 'utf8')) as LighthouseReport;
  const scores = {} as Record<Category, number>;
  const lost = {} as Record<Category, string[]>;
  for (const category of CATEGORIES) {
    scores[category] = Math.round((report.categories[category].score ?? 0) * 100);
    lost[category] = report.categories[category].auditRefs
      .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id);
  }
  const numeric = (id: string) => report.audits[id]?.numericValue ?? NaN;
  const lcpNode = report.audits['largest-contentful-paint-element']?.details as
    | { items?: { items?: { node?: { snippet?: string } }[] }[] }
    | undefined;
  const snippet = lcpNode?.items?.[0]?.items?.[0]?.node?.snippet ?? '';
  return {
    version: report.lighthouseVersion,
    result: {
      scores,
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      lcpElement: /^<([a-z0-9]+)/i.exec(snippet)?.[0].concat('>') ?? '?',
      lost,
    },
  };
}

/** Lighthouse now and then fails a run on a busy machine (e.g. NO_NAVSTART): such a run is repeated, twice at most. */
async function lighthouseWithRetry(url: string, preset: Preset, dir: string): Promise<{ version: string; result: RunResult }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouse(url, preset, dir);
    } catch (error) {
      const reason = error instanceof Error ? (error.message.split('\n').find((line) => /error/i.test(line)) ?? error.message) : String(error);
      if (attempt === 3) throw error;
      console.warn(`  run failed (${reason.trim()}); running it again`);
    }
  }
}

interface Row {
  readonly page: string;
  readonly preset: Preset;
  readonly runs: readonly RunResult[];
}

function summarise(row: Row) {
  const pick = (f: (r: RunResult) => number) => median(row.runs.map(f));
  const lost = new Map<string, number>();
  for (const result of row.runs) for (const id of CATEGORIES.flatMap((c) => result.lost[c])) lost.set(id, (lost.get(id) ?? 0) + 1);
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, pick((r) => r.scores[c])])) as Record<Category, number>,
    lcpMs: pick((r) => r.lcpMs),
    tbtMs: pick((r) => r.tbtMs),
    cls: pick((r) => r.cls),
    lcpElement: [...new Set(row.runs.map((r) => r.lcpElement))].join(' / '),
    lost: [...lost].map(([id, count]) => `${id} (${count}/${row.runs.length})`),
  };
}

function table(rows: readonly Row[]): string {
  const lines = [
    '| page | preset | performance | accessibility | best practices | SEO | performance by run | LCP | LCP element | TBT | CLS | audits short of full marks |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const s = summarise(row);
    lines.push(
      `| ${row.page} | ${row.preset} | ${CATEGORIES.map((c) => s.scores[c]).join(' | ')} | ${row.runs.map((r) => r.scores.performance).join(', ')} | ${(s.lcpMs / 1000).toFixed(2)} s | \`${s.lcpElement}\` | ${Math.round(s.tbtMs)} ms | ${s.cls.toFixed(3)} | ${s.lost.join(', ') || '—'} |`,
    );
  }
  return lines.join('\n');
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()}`;
}

async function chromiumVersion(): Promise<string> {
  try {
    return (await run(CHROME_PATH, ['--version'])).stdout.trim();
  } catch {
    return CHROME_PATH;
  }
}

function writeReport(rows: readonly Row[], facts: { version: string; runs: number; load: string }): Promise<void> {
  const nextVersion = (JSON.parse(readFileSync(require.resolve('next/package.json'), 'utf8')) as { version: string }).version;
  return chromiumVersion().then((chromium) => {
    const text = `# Lighthouse

Written by \`npm run lighthouse\` (scripts/lighthouse.ts); do not edit by hand.

Median of ${facts.runs} runs per row, against \`next start\` on 127.0.0.1 (the production server
build with its security headers). Desktop is Lighthouse's desktop preset; mobile is its default
(Moto G Power emulation, simulated slow 4G and 4× CPU slowdown). Targets: 100 in all four
categories on desktop; performance ≥ 95 on mobile.

${table(rows)}

- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC
- Machine: ${machine()}; load average ${facts.load}. Other builds may share the machine: scores move with load.
- Versions: Lighthouse ${facts.version}, ${chromium}, Next.js ${nextVersion}, Node ${process.version}.
- Requests to \`images.unsplash.com\` are blocked (\`--blocked-url-patterns\`): this machine has no internet. Lighthouse
  does not count requests it blocked as console errors. The seed post's LCP is then its headline, not its hero; the
  third row measures a post whose hero is a file of the site, so its LCP is a real image served by \`next start\`.
- Scores are medians; "performance by run" shows the spread. LCP, TBT and CLS are medians too.
- "Audits short of full marks" lists every weighted audit that scored below 1 in any run, with how many runs.
`;
    writeFileSync(REPORT, text);
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
  const runs = Number(values.runs);
  if (!existsSync('.next-server/BUILD_ID')) throw new Error('no server build: run `npm run build` first');
  if (!existsSync(CHROME_PATH)) throw new Error(`${CHROME_PATH} not found: set CHROME_PATH`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lighthouse-'));
  const server = await startProductionServer(PORT);
  const loadBefore = os.loadavg()[0]!.toFixed(1);
  const results = new Map<string, RunResult[]>();
  let version = '';
  try {
    // Round-robin over pages and presets, so a burst of load from elsewhere
    // lands on one run of several rows rather than on every run of one row.
    for (let i = 1; i <= runs; i++) {
      for (const page of PAGES) {
        for (const preset of PRESETS) {
          const measured = await lighthouseWithRetry(`${server.origin}${page.path}`, preset, dir);
          version = measured.version;
          const key = `${page.name}\n${preset}`;
          results.set(key, [...(results.get(key) ?? []), measured.result]);
          const scores = CATEGORIES.map((c) => measured.result.scores[c]).join('/');
          console.log(`${page.name}, ${preset}, run ${i}: ${scores} (perf/a11y/bp/seo), LCP ${Math.round(measured.result.lcpMs)} ms`);
        }
      }
    }
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const rows: Row[] = PAGES.flatMap((page) =>
    PRESETS.map((preset) => ({ page: page.name, preset, runs: results.get(`${page.name}\n${preset}`) ?? [] })),
  );
  const load = `${loadBefore} → ${os.loadavg()[0]!.toFixed(1)}`;
  console.log(`\nMedians of ${runs} runs:\n${table(rows)}`);
  await writeReport(rows, { version, runs, load });
  console.log(`\nwritten to ${REPORT}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`lighthouse: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
