/**
 * Environment for build steps that should hold less memory. Both settings
 * change when memory is given back, not what is computed; the figures are in
 * docs/benchmarks.md.
 *
 * - MALLOC_ARENA_MAX=2: glibc gives each thread its own malloc arena and
 *   rarely returns their pages; Next's build and render workers are threaded
 *   (Turbopack, libuv, V8's GC, worker threads).
 * - --max-old-space-size: without a limit V8 lets garbage grow to several
 *   times the live heap before a full collection (render workers: ~50 MB live,
 *   ~300 MB heap). A limit makes it collect sooner. It is a ceiling, so it is
 *   set well above the live heap measured at 5000 posts.
 */
export function leanMemoryEnv(options: { readonly heapLimitMb?: number } = {}): Record<string, string> {
  const env: Record<string, string> = { MALLOC_ARENA_MAX: '2' };
  if (options.heapLimitMb !== undefined) {
    env.NODE_OPTIONS = [process.env.NODE_OPTIONS ?? '', `--max-old-space-size=${options.heapLimitMb}`].join(' ').trim();
  }
  return env;
}
