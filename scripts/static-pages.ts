/**
 * Turns every built page that renders none of our client components into a
 * plain document without React's client runtime (see
 * lib/static-html/strip-runtime.ts for why). Run after `next build`, before
 * the search index:
 *
 *   tsx scripts/static-pages.ts .next-server   # server build: <dist>/server/app/**.html
 *   tsx scripts/static-pages.ts out            # static export (its manifests are in .next)
 *
 * Which pages keep the runtime is read from the build itself: the client
 * reference manifests name our client components and their module ids, and a
 * page whose flight data references one of them (today: /search/) is left as
 * Next wrote it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ownClientModules } from '../lib/static-html/client-modules';
import { rendersClientModule, withoutReactRuntime } from '../lib/static-html/strip-runtime';

/** Export mode keeps its build artefacts in .next whatever distDir says (see next.config.ts). */
const EXPORT_ARTEFACTS = '.next';

function layoutOf(dir: string): { htmlRoot: string; manifestRoot: string } {
  const serverApp = path.join(dir, 'server', 'app');
  if (existsSync(serverApp)) return { htmlRoot: serverApp, manifestRoot: serverApp };
  if (existsSync(path.join(dir, 'index.html'))) return { htmlRoot: dir, manifestRoot: path.join(EXPORT_ARTEFACTS, 'server', 'app') };
  throw new Error(`${dir} is neither a Next server build (no server/app) nor a static export (no index.html)`);
}

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(suffix))
    .map((file) => path.join(dir, file));
}

function main(dir: string | undefined): void {
  if (!dir) throw new Error('usage: tsx scripts/static-pages.ts <server dist dir | export dir>');
  const started = performance.now();
  const { htmlRoot, manifestRoot } = layoutOf(dir);
  const manifests = filesUnder(manifestRoot, '_client-reference-manifest.js');
  if (manifests.length === 0) throw new Error(`no client reference manifests under ${manifestRoot}: is it the build of ${dir}?`);
  const ownIds = new Set(manifests.flatMap((file) => ownClientModules(readFileSync(file, 'utf8')).map((m) => m.id)));

  let stripped = 0;
  let before = 0;
  let after = 0;
  const kept: string[] = [];
  const pages = filesUnder(htmlRoot, '.html');
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    if (rendersClientModule(html, ownIds)) {
      kept.push(path.relative(htmlRoot, file));
      continue;
    }
    const plain = withoutReactRuntime(html);
    writeFileSync(file, plain);
    stripped++;
    before += Buffer.byteLength(html);
    after += Buffer.byteLength(plain);
  }
  const kb = (bytes: number) => `${(bytes / 1024 / Math.max(1, stripped)).toFixed(1)} KB`;
  const ms = Math.round(performance.now() - started);
  console.log(
    `static pages: ${stripped} of ${pages.length} pages without React's runtime (average ${kb(before)} → ${kb(after)}); kept: ${kept.length ? `${kept.slice(0, 5).join(', ')}${kept.length > 5 ? ` and ${kept.length - 5} more` : ''}` : 'none'}; ${ms} ms`,
  );
}

try {
  main(process.argv[2]);
} catch (error) {
  console.error(`static-pages: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
