import type { LoadResult } from './load';

/** One run of `npm run bench`, as written to bench/results/<label>-<posts>.json. */
export interface BenchResult {
  readonly label: string;
  readonly date: string;
  readonly commit: string;
  readonly posts: number;
  readonly machine: {
    readonly cpu: string;
    readonly cores: number;
    readonly memoryBytes: number;
    readonly os: string;
    /** 1-minute load average when the run started: other work on the machine skews every number. */
    readonly loadAverageAtStart: number;
  };
  readonly versions: Readonly<Record<string, string>>;
  readonly build: {
    /** Wall time of each stage in ms, in order. */
    readonly stagesMs: Readonly<Record<string, number>>;
    readonly totalMs: number;
    /** CPU time (user + system) of the whole tree, per stage and in total: steadier than wall time on a shared machine. Absent in runs before it was measured. */
    readonly cpuMs?: number;
    readonly stagesCpuMs?: Readonly<Record<string, number>>;
    /** Peak summed RSS of the whole process tree, per stage and overall. */
    readonly peakRssBytes: number;
    readonly stagePeakRssBytes: Readonly<Record<string, number>>;
    /** The largest processes of each stage's peak sample: where the memory was. */
    readonly atPeak: Readonly<Record<string, readonly { readonly command: string; readonly rssBytes: number }[]>>;
    readonly peakProcesses: number;
    /** Prerendered routes (HTML pages, images, feeds). */
    readonly prerenderedRoutes: number;
    readonly htmlPages: number;
    readonly msPerPage: number;
    /** The build output, without Next's cache folder. */
    readonly outputBytes: number;
    /** Lines Next prints about its own phases, when it printed them. */
    readonly nextPhases: Readonly<Record<string, string>>;
  };
  /** `npm run build:static` after the content stage, on the same content (absent with --no-static and in older runs). */
  readonly staticExport?: {
    readonly stagesMs: Readonly<Record<string, number>>;
    readonly totalMs: number;
    readonly cpuMs: number;
    readonly peakRssBytes: number;
    readonly atPeak: Readonly<Record<string, readonly { readonly command: string; readonly rssBytes: number }[]>>;
    /** Everything in the export folder a static host would serve. */
    readonly outputBytes: number;
    readonly files: number;
  };
  readonly postPage: {
    readonly path: string;
    readonly htmlBytes: number;
    readonly htmlGzipBytes: number;
    /** Inline React flight payload inside the HTML (uncompressed). */
    readonly flightBytes: number;
    readonly jsFiles: number;
    readonly jsGzipBytes: number;
    readonly cssFiles: number;
    readonly cssGzipBytes: number;
    /** Our own client modules on the page, each with its gzip bytes. */
    readonly ownJs: readonly { readonly path: string; readonly bytes: number; readonly gzipBytes: number }[];
  };
  readonly load: (LoadResult & { readonly serverPeakRssBytes: number }) | null;
}
