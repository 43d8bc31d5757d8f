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
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ownClientModules } from '../lib/static-html/client-modules';
import { rendersClientModule, withoutReactRuntime } from '../lib/static-html/strip-runtime';
import { builtSite, htmlPagesUnder } from './built-site';
import { readClientReferenceManifests } from '../support/page-js';

function main(dir: string | undefined): void {
  if (!dir) throw new Error('usage: tsx scripts/static-pages.ts <server dist dir | export dir>');
  const started = performance.now();
  const { htmlRoot, manifestRoot } = builtSite(dir);
  const manifests = existsSync(manifestRoot) ? readClientReferenceManifests(manifestRoot) : [];
  if (manifests.length === 0) throw new Error(`no client reference manifests under ${manifestRoot}: is it the build of ${dir}?`);
  const ownIds = new Set(manifests.flatMap((manifest) => ownClientModules(manifest).map((m) => m.id)));

  let stripped = 0;
  let before = 0;
  let after = 0;
  const kept: string[] = [];
  const pages = htmlPagesUnder(htmlRoot);
  for (const page of pages) {
    const file = path.join(htmlRoot, page);
    const html = readFileSync(file, 'utf8');
    if (rendersClientModule(html, ownIds)) {
      kept.push(page);
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
