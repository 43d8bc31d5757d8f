import type { BenchResult } from './result';

/**
 * The generated part of docs/benchmarks.md: one row per result file, between
 * two markers, so the hand-written analysis around it is never touched.
 */
export const TABLE_START = '<!-- bench:results:start -->';
export const TABLE_END = '<!-- bench:results:end -->';

const MB = 1024 * 1024;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${Math.round(bytes / MB)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function stages(result: BenchResult): string {
  return Object.entries(result.build.stagesMs)
    .map(([name, ms]) => `${name} ${s(ms)}`)
    .join(' · ');
}

function ownJs(result: BenchResult): string {
  const own = result.postPage.ownJs;
  if (own.length === 0) return '0 B';
  return own.map((m) => `${m.gzipBytes} B (${m.path.replace(/^.*\//, '')})`).join(', ');
}

function staticExport(result: BenchResult): string {
  const e = result.staticExport;
  if (!e) return 'not run';
  const steps = Object.entries(e.stagesMs)
    .map(([name, ms]) => `${name.replace(/^static /, '')} ${s(ms)}`)
    .join(' · ');
  return `${s(e.totalMs)} (CPU ${s(e.cpuMs)}): ${steps} · peak ${mb(e.peakRssBytes)} · out/ ${mb(e.outputBytes)} in ${e.files} files`;
}

function load(result: BenchResult): string {
  const l = result.load;
  if (!l) return 'not run';
  return `${Math.round(l.requestsPerSecond)} req/s · p50 ${l.latencyMs.p50} ms · p99 ${l.latencyMs.p99} ms · ${l.errors} errors · ${l.non2xx} non-2xx (${l.connections} conn, ${Math.round(l.durationSeconds)} s)`;
}

const HEADER = [
  'run',
  'posts',
  'full build',
  'stages',
  'peak RSS (tree)',
  'ms/page',
  'output',
  'static export (after content)',
  'post HTML raw / gzip',
  'post JS gzip (files)',
  'post CSS gzip',
  'our JS (gzip)',
  'serving',
  'machine · date',
];

export function resultRow(result: BenchResult): string {
  const cells = [
    `${result.label} (${result.commit.slice(0, 7)})`,
    String(result.posts),
    result.build.cpuMs === undefined ? s(result.build.totalMs) : `${s(result.build.totalMs)} (CPU ${s(result.build.cpuMs)})`,
    stages(result),
    mb(result.build.peakRssBytes),
    result.build.msPerPage.toFixed(1),
    `${mb(result.build.outputBytes)}, ${result.build.htmlPages} HTML pages`,
    staticExport(result),
    `${kb(result.postPage.htmlBytes)} / ${kb(result.postPage.htmlGzipBytes)}`,
    `${kb(result.postPage.jsGzipBytes)} (${result.postPage.jsFiles})`,
    kb(result.postPage.cssGzipBytes),
    ownJs(result),
    load(result),
    `${result.machine.cores} cores, load ${result.machine.loadAverageAtStart.toFixed(1)} at start · ${result.date.slice(0, 10)}`,
  ];
  return `| ${cells.join(' | ')} |`;
}

/** Rows sorted by label, then post count. */
export function resultsTable(results: readonly BenchResult[]): string {
  const sorted = [...results].sort((a, b) => a.label.localeCompare(b.label) || a.posts - b.posts);
  const versions = sorted[sorted.length - 1]?.versions ?? {};
  const versionLine = Object.entries(versions)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  const machine = sorted[sorted.length - 1]?.machine;
  return [
    machine ? `Machine: ${machine.cpu}, ${machine.cores} cores, ${mb(machine.memoryBytes)} RAM, ${machine.os}.` : '',
    versionLine ? `Versions: ${versionLine}.` : '',
    '',
    `| ${HEADER.join(' | ')} |`,
    `|${HEADER.map(() => '---').join('|')}|`,
    ...sorted.map(resultRow),
  ].join('\n');
}

/** `doc` with the text between the markers replaced by `table` (markers added at the end when missing). */
export function withResultsTable(doc: string, table: string): string {
  const block = `${TABLE_START}\n${table}\n${TABLE_END}`;
  const start = doc.indexOf(TABLE_START);
  const end = doc.indexOf(TABLE_END);
  if (start === -1 || end === -1 || end < start) return `${doc.trimEnd()}\n\n${block}\n`;
  return `${doc.slice(0, start)}${block}${doc.slice(end + TABLE_END.length)}`;
}
