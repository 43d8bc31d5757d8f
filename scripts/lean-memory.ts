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
/**
 * The heap limit of every step that gets one: render workers (generate step at
 * 1000 posts: 760 MB peak instead of 1128 MB), the content check and
 * Contentlayer (both also ran at 5000 posts with 640 MB).
 */
const HEAP_LIMIT_MB = 1024;

export function leanMemoryEnv(options: { readonly heapLimit?: boolean } = {}): Record<string, string> {
  const env: Record<string, string> = { MALLOC_ARENA_MAX: '2' };
  if (options.heapLimit) {
    env.NODE_OPTIONS = [process.env.NODE_OPTIONS ?? '', `--max-old-space-size=${HEAP_LIMIT_MB}`].join(' ').trim();
  }
  return env;
}
