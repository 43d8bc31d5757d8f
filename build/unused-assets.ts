/**
 * The files under /_next/static/ that no served file names once the pass has
 * run, so no page can load them: the chunks that only the removed flight data
 * of pages without React pointed to (next/link's client module, for one), and
 * the Pages Router's manifests (_buildManifest.js, _ssgManifest.js,
 * _clientMiddlewareManifest.js), which App Router pages never request.
 *
 * A file is kept when a served file names it: a page, the flight data the
 * pages with React keep, or (transitively) a kept chunk or stylesheet, since
 * Turbopack's runtime loads chunks by the names in the page and CSS names its
 * fonts. The search bundle is kept whole: Pagefind works out its fragments'
 * names at run time.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/** A reference to a static asset in a page or a payload: `/_next/static/chunks/x.js`, `"static/chunks/x.js"`. */
const ASSET_REFERENCE = /static\/(?:chunks|media)\/[^"'\\\s)?#]+|static\/[\w-]+\/_[A-Za-z]+Manifest\.js/g;
const SEARCH_BUNDLE = 'pagefind';
const TEXT_ASSET = /\.(?:js|css|json)$/;

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => statSync(path.join(root, file)).isFile());
}

/** Collects the asset names the served files name, one file at a time. */
export class AssetReferences {
  private readonly names = new Set<string>();

  /** Notes every asset a served text (a page, a payload) names. */
  add(text: string): void {
    for (const match of text.matchAll(ASSET_REFERENCE)) this.names.add(path.posix.basename(match[0]));
  }

  /**
   * The files under `staticRoot` (relative, `/`-separated) that nothing names,
   * after following what the named chunks and stylesheets name in turn.
   */
  unusedUnder(staticRoot: string): string[] {
    const assets = filesUnder(staticRoot).filter((file) => file.split('/')[0] !== SEARCH_BUNDLE);
    const byName = new Map<string, string[]>();
    for (const file of assets) byName.set(path.posix.basename(file), [...(byName.get(path.posix.basename(file)) ?? []), file]);
    const queue = [...this.names];
    const seen = new Set(queue);
    while (queue.length) {
      const name = queue.pop() as string;
      for (const file of byName.get(name) ?? []) {
        if (!TEXT_ASSET.test(file)) continue;
        const text = readFileSync(path.join(staticRoot, file), 'utf8');
        // A chunk or stylesheet names others by bare file name (CSS: url(../media/x.woff2)).
        for (const other of byName.keys()) {
          if (!seen.has(other) && text.includes(other)) {
            seen.add(other);
            queue.push(other);
          }
        }
      }
    }
    return assets.filter((file) => !seen.has(path.posix.basename(file))).sort();
  }
}

/** Removes the unused files; returns their bytes. */
export function removeUnusedAssets(staticRoot: string, files: readonly string[]): number {
  let bytes = 0;
  for (const file of files) {
    const full = path.join(staticRoot, file);
    bytes += statSync(full).size;
    rmSync(full);
  }
  return bytes;
}
