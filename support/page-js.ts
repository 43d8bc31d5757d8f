/**
 * Helpers for scripts/measure-page-js.ts, e2e/client-js.spec.ts and the
 * static-pages step: sizes of the scripts a page loaded, and which of our own
 * client components those scripts carry.
 */
import { gzipSync } from 'node:zlib';
import { chunkModules, ownClientModules } from '../build/static-html/client-modules';

export { readClientReferenceManifests } from '../build/static-html/client-modules';

export interface ScriptSize {
  readonly url: string;
  readonly raw: number;
  /** gzip at its default level (6), as `gzip -c` and most servers send it. */
  readonly gzip: number;
}

export function scriptSize(url: string, body: Buffer | string): ScriptSize {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  return { url, raw: bytes.length, gzip: gzipSync(bytes).length };
}

export function totals(scripts: readonly ScriptSize[]): { raw: number; gzip: number; count: number } {
  return {
    raw: scripts.reduce((sum, s) => sum + s.raw, 0),
    gzip: scripts.reduce((sum, s) => sum + s.gzip, 0),
    count: scripts.length,
  };
}

/**
 * Our client components (project files outside node_modules, named by the
 * build's client reference manifests) whose module is inside one of the
 * loaded Turbopack chunks. Sources that are not Turbopack chunks (Pagefind)
 * hold no modules of ours and are skipped.
 */
export function ownModulesIn(manifestSources: readonly string[], scriptSources: readonly string[]): string[] {
  const own = new Map(manifestSources.flatMap((source) => ownClientModules(source)).map((m) => [m.id, m.path]));
  const found = new Set<string>();
  for (const source of scriptSources) {
    let modules: ReturnType<typeof chunkModules>;
    try {
      modules = chunkModules(source);
    } catch {
      continue; // not a script acorn reads as a classic script (e.g. an ES module): no Turbopack modules in it
    }
    for (const { id } of modules) {
      const path = own.get(id);
      if (path) found.add(path);
    }
  }
  return [...found].sort();
}
