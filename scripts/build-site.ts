/**
 * `npm run build` and `npm run build:static` after the content stage: Next's
 * build, then the one post-build pass over its output (build/post-build.ts,
 * which keeps its own order). One list, used by npm, the test script, the
 * fixture site and the bench.
 *
 *   tsx scripts/build-site.ts            server build in $NEXT_DIST_DIR or .next-server
 *   tsx scripts/build-site.ts --static   static export in $NEXT_DIST_DIR or out
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { leanMemoryEnv } from './lean-memory';

export interface BuildStep {
  readonly name: string;
  /** A binary in node_modules/.bin. */
  readonly bin: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

export function siteBuildSteps(options: { readonly staticExport: boolean; readonly distDir?: string }): BuildStep[] {
  const output = options.distDir ?? (options.staticExport ? 'out' : '.next-server');
  const nextEnv: Record<string, string> = {
    ...leanMemoryEnv(),
    ...(options.distDir ? { NEXT_DIST_DIR: options.distDir } : {}),
    ...(options.staticExport ? { STATIC_EXPORT: '1' } : {}),
  };
  // Where pages are rendered, the heap limit too (see lean-memory.ts).
  const renderEnv = { ...nextEnv, ...leanMemoryEnv({ heapLimit: true }) };
  // The server build runs Next's two halves as separate processes: Turbopack's
  // compiler keeps ~300 MB resident for the rest of a one-process build, and
  // during static generation that sat beside the render workers at the peak.
  // Split, neither phase exceeds 1 GB at 1000 posts. Next's static export does
  // not write its pages in split mode (16.4), so the export stays one build.
  // Type checking is `npm run typecheck`'s job (CI runs it); the split build skips it.
  const next: BuildStep[] = options.staticExport
    ? [{ name: 'next build', bin: 'next', args: ['build'], env: renderEnv }]
    : [
        { name: 'next compile', bin: 'next', args: ['build', '--experimental-build-mode=compile'], env: nextEnv },
        { name: 'next generate', bin: 'next', args: ['build', '--experimental-build-mode=generate'], env: renderEnv },
      ];
  return [
    // The admin (/admin/) goes into public/ before Next copies or serves it.
    { name: 'admin', bin: 'tsx', args: ['scripts/build-admin.ts'], env: {} },
    // Local images at every offered width and format into public/_img/, from the cache where it has them.
    { name: 'images', bin: 'tsx', args: ['scripts/build-images.ts'], env: {} },
    ...next,
    { name: 'post-build', bin: 'tsx', args: ['scripts/post-build.ts', output], env: {} },
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
