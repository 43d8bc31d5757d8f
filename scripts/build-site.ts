/**
 * `npm run build` and `npm run build:static` after the content stage: Next's
 * build, then the steps that rewrite its output. One list, used by npm, the
 * test script, the fixture site and the bench, because the order matters: the
 * security headers hash the final inline scripts, so they come last.
 *
 *   tsx scripts/build-site.ts            server build in $NEXT_DIST_DIR or .next-server
 *   tsx scripts/build-site.ts --static   static export in $NEXT_DIST_DIR or out
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export interface BuildStep {
  readonly name: string;
  /** A binary in node_modules/.bin. */
  readonly bin: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

/**
 * glibc gives each thread its own malloc arena and rarely hands their pages
 * back; Next's build and render workers are threaded (Turbopack, libuv, V8's
 * GC, worker threads). Two arenas took the two render workers of a 1000-post
 * build from 1317 to 1080 MB with no measurable cost in time.
 */
const LEAN_MALLOC = { MALLOC_ARENA_MAX: '2' };

/**
 * The render workers' live heap is small (~50 MB in a snapshot at 1000 posts)
 * but V8 lets garbage grow to ~300 MB per worker before collecting when no
 * heap limit is set. A 1 GB limit makes it collect sooner: at 1000 posts the
 * generate step peaked at 760 MB instead of 1128 MB, for ~10 % more time.
 */
const GENERATE_HEAP_MB = 1024;

function generateNodeOptions(): string {
  return [process.env.NODE_OPTIONS ?? '', `--max-old-space-size=${GENERATE_HEAP_MB}`].join(' ').trim();
}

export function siteBuildSteps(options: { readonly staticExport: boolean; readonly distDir?: string }): BuildStep[] {
  const output = options.distDir ?? (options.staticExport ? 'out' : '.next-server');
  const nextEnv: Record<string, string> = {
    ...LEAN_MALLOC,
    ...(options.distDir ? { NEXT_DIST_DIR: options.distDir } : {}),
    ...(options.staticExport ? { STATIC_EXPORT: '1' } : {}),
  };
  // The server build runs Next's two halves as separate processes: Turbopack's
  // compiler keeps ~300 MB resident for the rest of a one-process build, and
  // during static generation that sat beside the render workers at the peak.
  // Split, neither phase exceeds 1 GB at 1000 posts. Next's static export does
  // not write its pages in split mode (16.4), so the export stays one build.
  // Type checking is `npm run typecheck`'s job (CI runs it); the split build skips it.
  const next: BuildStep[] = options.staticExport
    ? [{ name: 'next build', bin: 'next', args: ['build'], env: nextEnv }]
    : [
        { name: 'next compile', bin: 'next', args: ['build', '--experimental-build-mode=compile'], env: nextEnv },
        { name: 'next generate', bin: 'next', args: ['build', '--experimental-build-mode=generate'], env: { ...nextEnv, NODE_OPTIONS: generateNodeOptions() } },
      ];
  return [
    ...next,
    { name: 'static pages', bin: 'tsx', args: ['scripts/static-pages.ts', output], env: {} },
    { name: 'search index', bin: 'tsx', args: ['scripts/index-search.ts', output], env: {} },
    { name: 'security headers', bin: 'tsx', args: ['scripts/write-security-headers.ts', output], env: {} },
  ];
}

const root = path.resolve(__dirname, '..');

export function runBuildSteps(steps: readonly BuildStep[], env: Readonly<Record<string, string>> = {}): void {
  for (const step of steps) {
    execFileSync(path.join(root, 'node_modules', '.bin', step.bin), step.args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env, ...step.env },
    });
  }
}

if (require.main === module) {
  runBuildSteps(siteBuildSteps({ staticExport: process.argv.includes('--static'), distDir: process.env.NEXT_DIST_DIR }));
}
