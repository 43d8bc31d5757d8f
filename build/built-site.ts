/**
 * Where a built output keeps what the post-build steps (static pages, search
 * index, security headers) read and write: a Next server build (`.next-server`,
 * served by `next start`) or a static export (`out`).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Export mode keeps its build artefacts in .next whatever distDir says (see next.config.ts). */
const EXPORT_ARTEFACTS = '.next';

export interface BuiltSite {
  readonly kind: 'server' | 'export';
  /** Where the prerendered HTML is. */
  readonly htmlRoot: string;
  /** The folder served at /_next/static/. */
  readonly staticRoot: string;
  /** Where the routes' client reference manifests are. */
  readonly manifestRoot: string;
}

export function builtSite(dir: string): BuiltSite {
  const serverApp = path.join(dir, 'server', 'app');
  if (existsSync(serverApp)) return { kind: 'server', htmlRoot: serverApp, staticRoot: path.join(dir, 'static'), manifestRoot: serverApp };
  if (existsSync(path.join(dir, 'index.html'))) {
    return { kind: 'export', htmlRoot: dir, staticRoot: path.join(dir, '_next', 'static'), manifestRoot: path.join(EXPORT_ARTEFACTS, 'server', 'app') };
  }
  throw new Error(`${dir} is neither a Next server build (no server/app) nor a static export (no index.html)`);
}

/**
 * Folders of an output that hold no page of the site: Next's own assets, and
 * the admin (scripts/build-admin.ts), which is Decap's app with its own
 * policy, never post-processed, indexed or checked as a page.
 */
const NOT_PAGES = new Set(['_next', 'admin']);

/** The HTML pages under `root`, relative to it and sorted. */
export function htmlPagesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.split(path.sep).some((part, index) => part === '_next' || (index === 0 && NOT_PAGES.has(part))))
    .sort();
}
