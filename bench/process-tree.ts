import { readdirSync, readFileSync } from 'node:fs';

/**
 * Peak memory of a whole process tree: the build spawns npx, node, Next's
 * worker processes and Turbopack's threads, and a parent's RSS says nothing
 * about its children. Every sample reads /proc for all processes, finds the
 * descendants of the root, and sums their resident set sizes; the peak is the
 * largest sum seen. (Summed RSS counts shared pages once per process, as `ps`
 * would; it is the conservative number.)
 */

export interface ProcStat {
  readonly pid: number;
  readonly ppid: number;
  /** Resident set size in pages. */
  readonly rssPages: number;
}

/** Parses /proc/<pid>/stat. The command name (field 2) may hold spaces and parentheses: split after the last ')'. */
export function parseProcStat(text: string): ProcStat | null {
  const close = text.lastIndexOf(')');
  if (close === -1) return null;
  const pid = Number.parseInt(text, 10);
  // Fields from 3 on: state(3) ppid(4) … rss(24).
  const rest = text.slice(close + 2).split(' ');
  const ppid = Number(rest[1]);
  const rssPages = Number(rest[21]);
  if (!Number.isFinite(pid) || !Number.isFinite(ppid) || !Number.isFinite(rssPages)) return null;
  return { pid, ppid, rssPages };
}

/** Clock ticks per second of /proc's CPU times: USER_HZ, 100 on Linux. */
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system) of this process's children that have ended and
 * been waited for, with everything they waited for in turn: spawn a stage,
 * read this before and after, and the difference is the stage's whole CPU
 * cost. Unlike wall time it barely moves when other work shares the machine.
 */
export function endedChildrenCpuMs(statText: string = readFileSync('/proc/self/stat', 'utf8')): number {
  const rest = statText.slice(statText.lastIndexOf(')') + 2).split(' ');
  // cutime(16) and cstime(17): fields from 3 on, so indexes 13 and 14.
  return ((Number(rest[13]) + Number(rest[14])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** `root` and every process below it. */
export function treeOf(stats: readonly ProcStat[], root: number): ProcStat[] {
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) {
    const siblings = children.get(stat.ppid);
    if (siblings) siblings.push(stat);
    else children.set(stat.ppid, [stat]);
  }
  const found: ProcStat[] = [];
  const self = stats.find((stat) => stat.pid === root);
  if (self) found.push(self);
  const queue = [root];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const child of children.get(next) ?? []) {
      found.push(child);
      queue.push(child.pid);
    }
  }
  return found;
}

function readAllStats(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = parseProcStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (stat) stats.push(stat);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return stats;
}

/** The page size, from the kernel's own account of this process (VmRSS in kB against rss in pages). */
function pageSizeBytes(): number {
  const self = parseProcStat(readFileSync('/proc/self/stat', 'utf8'));
  const vmRss = /VmRSS:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  if (!self || !vmRss || self.rssPages === 0) return 4096;
  const ratio = (Number(vmRss[1]) * 1024) / self.rssPages;
  // Round to a power of two: the two readings are a moment apart.
  return 2 ** Math.round(Math.log2(ratio));
}

/** One process of the tree at the peak: what it was and how much it held. */
export interface ProcessAtPeak {
  readonly command: string;
  readonly rssBytes: number;
}

/** A short name for a process: its command line, with the project path and node_modules noise taken out. */
export function describeCommand(cmdline: string, projectRoot: string): string {
  return cmdline
    .split('\0')
    .filter(Boolean)
    .map((part) => part.split(`${projectRoot}/`).join('').replace(/^(?:.*\/)?node_modules\/(?:\.bin\/)?/, ''))
    .join(' ')
    .slice(0, 100);
}

function commandOf(pid: number): string {
  try {
    return describeCommand(readFileSync(`/proc/${pid}/cmdline`, 'utf8'), process.cwd());
  } catch {
    return `pid ${pid}`;
  }
}

export interface TreeMemory {
  /** Largest summed RSS seen, in bytes. */
  readonly peakBytes: number;
  /** The processes of the largest sample, largest first. */
  readonly atPeak: readonly ProcessAtPeak[];
  /** Most processes in the tree at once. */
  readonly peakProcesses: number;
  readonly samples: number;
}

/** Samples the tree under `root` every `intervalMs` until stopped. */
export class TreeMemorySampler {
  private readonly pageSize: number;
  private peakBytes = 0;
  private peakProcesses = 0;
  private atPeak: ProcessAtPeak[] = [];
  private samples = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly root: number,
    intervalMs = 100,
  ) {
    this.pageSize = pageSizeBytes();
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  private sample(): void {
    // The root itself is excluded when it is this process: the bench's own heap is not the build's.
    const tree = treeOf(readAllStats(), this.root).filter((stat) => stat.pid !== process.pid);
    const bytes = tree.reduce((sum, stat) => sum + stat.rssPages * this.pageSize, 0);
    this.samples++;
    if (bytes > this.peakBytes) {
      this.atPeak = tree
        .map((stat) => ({ command: commandOf(stat.pid), rssBytes: stat.rssPages * this.pageSize }))
        .sort((a, b) => b.rssBytes - a.rssBytes);
    }
    this.peakBytes = Math.max(this.peakBytes, bytes);
    this.peakProcesses = Math.max(this.peakProcesses, tree.length);
  }

  stop(): TreeMemory {
    clearInterval(this.timer);
    this.sample();
    return { peakBytes: this.peakBytes, atPeak: this.atPeak, peakProcesses: this.peakProcesses, samples: this.samples };
  }
}
