/**
 * The one pass over a built site after `next build`, for both outputs (a
 * server build, served by `next start`, or a static export). Each page is
 * read once and written once, and goes through the steps in this order:
 *
 *   read (rel=prev/next in their one place) → without React's runtime (unless a client component of ours
 *   renders) → into the search index → its policy, from the inline scripts
 *   it has now → written, its flight data removed if it lost React.
 *
 * The order is in the types: each step takes only what the step before it
 * returns (the stage brands below cannot be made anywhere else), so the
 * policy cannot be hashed before the last change to a page's scripts, and no
 * page is written without its policy. One page is in memory at a time:
 * holding every page's HTML cost 665 MB at 5000 posts (docs/benchmarks.md).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { postPath } from '../lib/content/paths';
import { redirectsFile, type PostRedirect } from '../lib/content/redirects';
import { readPublishedRedirects } from '../lib/content/summary-index';
import { documentPolicy, headerSets } from '../lib/security/policy';
import { site as siteConfig } from '../lib/site';
import { builtSite, htmlPagesUnder, type BuiltSite } from './built-site';
import { withSequenceLinksAfterIcons } from './head-order';
import { AssetReferences, removeUnusedAssets } from './unused-assets';
import { flightFilesOf, losesFlightData, PAGES_WITHOUT_REACT, removeFlightFiles } from './flight-files';
import { scanPage, withoutRanges, type PageScan, type Range } from './page-scan';
import { routeForHtmlFile } from './search/pages';
import { SearchIndex } from './search/indexer';
import { ADMIN_FOLDER, headerRules, headersFile, serveConfig, type ExportEntry } from './security/headers-file';
import { scriptHashes } from './security/inline-scripts';
import { policyPlace, withPolicyMeta } from './security/policy-meta';
import { ownClientModules, readClientReferenceManifests } from './static-html/client-modules';
import { rendersClientModule, runtimeRanges } from './static-html/strip-runtime';

declare const stage: unique symbol;
/** A page at one step of the pass; only that step's function returns one. */
type Stage<Name extends string, Fields> = Fields & { readonly [stage]: Name };

/** The one way a stage is made, used by each step for its own stage. */
function brand<Page>(fields: Omit<Page, typeof stage>): Page {
  return fields as unknown as Page;
}

/** A page as Next wrote it, read and tokenised once. */
export type ReadPage = Stage<'read', { readonly file: string; readonly route: string; readonly html: string; readonly scan: PageScan }>;

/** A page with React's runtime gone, unless one of our client components renders on it. */
export type StaticPage = Stage<
  'static',
  {
    readonly file: string;
    readonly route: string;
    readonly html: string;
    readonly keepsReact: boolean;
    /** The tokenizer's view of the page as it was read, and what was cut from it. */
    readonly scan: PageScan;
    readonly removed: readonly Range[];
  }
>;

/** A page the search index has seen. */
export type IndexedPage = Stage<'indexed', Omit<StaticPage, typeof stage>>;

/** A page with its own policy: the last change to it. */
export type SecuredPage = Stage<'secured', { readonly file: string; readonly html: string; readonly keepsReact: boolean; readonly scriptHashes: readonly string[] }>;

/** The page as Next wrote it, but with one head order where React's hoisting races (./head-order.ts). */
export function readPage(htmlRoot: string, file: string): ReadPage {
  const written = readFileSync(path.join(htmlRoot, file), 'utf8');
  const scan = scanPage(written);
  const ordered = withSequenceLinksAfterIcons(written, scan) ?? { html: written, scan };
  return brand<ReadPage>({ file, route: routeForHtmlFile(file), ...ordered });
}

/** Step 1: React's runtime out, where no client component of ours renders (`ownIds`: their module ids). */
export function withoutRuntime(page: ReadPage, ownIds: ReadonlySet<number>): StaticPage {
  const keepsReact = rendersClientModule(page.scan, ownIds);
  const removed = keepsReact ? [] : runtimeRanges(page.scan);
  const html = removed.length ? withoutRanges(page.html, removed) : page.html;
  return brand<StaticPage>({ file: page.file, route: page.route, html, keepsReact, scan: page.scan, removed });
}

/** Step 2: the page, as it will be served but for its policy, into the search index. */
export async function indexed(page: StaticPage, search: SearchIndex): Promise<IndexedPage> {
  await search.add(page.route, page.html, page.scan.searchBody);
  const { file, route, html, keepsReact, scan, removed } = page;
  return brand<IndexedPage>({ file, route, html, keepsReact, scan, removed });
}

/** Step 3: the page's policy, naming the inline scripts it has now. */
export function secured(page: IndexedPage, imageOrigins: readonly string[]): SecuredPage {
  const kept = page.scan.scripts.filter((script) => !page.removed.some((range) => range.start === script.start));
  const hashes = scriptHashes(kept);
  const html = withPolicyMeta(page.html, documentPolicy({ scriptHashes: hashes, imageOrigins }), policyPlace(page.scan, page.removed));
  return brand<SecuredPage>({ file: page.file, html, keepsReact: page.keepsReact, scriptHashes: hashes });
}

/**
 * Step 4: the page written once; a page without React loses its flight data.
 * Returns the flight bytes freed and the removal under way (see removeFlightFiles).
 */
export function written(page: SecuredPage, site: BuiltSite): { freed: number; done: Promise<void> } {
  writeFileSync(path.join(site.htmlRoot, page.file), page.html);
  const removal = page.keepsReact ? { freed: 0, done: Promise.resolve() } : removeFlightFiles(flightFilesOf(site, page.file));
  // Awaited when the pass ends; handled now so that a failure waiting there is not reported as unhandled.
  removal.done.catch(() => undefined);
  return removal;
}

/**
 * The text files beside the pages that a browser may fetch and that can name
 * a static asset: the flight data the pages with React keep, feeds, robots.
 * (Not HTML: the pass has read every page already. Not images.)
 */
function servedTextFiles(site: BuiltSite): string[] {
  const text = site.kind === 'export' ? /\.(?:txt|xml|json)$/ : /\.(?:rsc|txt\.body|xml\.body|json\.body)$/;
  return readdirSync(site.htmlRoot, { recursive: true, encoding: 'utf8' }).filter(
    (file) => text.test(file) && !file.split(path.sep).includes('_next'),
  );
}

/** Files a static host serves that are ours, not the site's: never given a rule. */
const HOST_FILES = new Set(['_headers', '_redirects', 'serve.json']);

/**
 * The top-level entries of an export, each with what it holds, for the
 * `_headers` rules: the admin's folder; a page (an HTML file, or a folder
 * with HTML inside: a host matches paths, not file types, so a page folder's
 * other files get the page headers); or anything else (`/_next/`, `/og/`,
 * public/'s files and folders).
 */
function exportEntries(dir: string, pages: readonly string[]): ExportEntry[] {
  const pageFolders = new Set(pages.map((file) => file.split(path.sep)[0]));
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !HOST_FILES.has(entry.name))
    .map((entry) => {
      const directory = entry.isDirectory();
      const kind = directory && entry.name === ADMIN_FOLDER ? 'admin' : (directory ? pageFolders.has(entry.name) : entry.name.endsWith('.html')) ? 'page' : 'other';
      return { name: entry.name, directory, kind };
    });
}

/**
 * `_redirects` for the export's renamed posts, from the list its pages were
 * rendered from. Each old address must be a page of this export (its
 * meta-refresh page) and each target a post page: otherwise the summary index
 * is not this export's (rebuilt since?), and the build fails rather than
 * ship rules that disagree with the pages.
 */
function exportRedirects(dir: string, pages: readonly string[], redirects: readonly PostRedirect[]): string {
  const built = new Set(pages.map((file) => file.split(path.sep).join('/')));
  const page = (slug: string) => `${postPath(slug).slice(1)}index.html`;
  const missing = redirects.flatMap((redirect) => [page(redirect.from), page(redirect.to.slug)]).filter((file) => !built.has(file));
  if (missing.length) throw new Error(`_redirects: no page ${missing.join(', ')} in ${dir}: is .contentlayer from another build?`);
  return redirectsFile(redirects);
}

export interface PostBuildOptions {
  /** Pages per search index shard. */
  readonly shardPages: number;
  readonly imageOrigins?: readonly string[];
  /** The renamed posts' redirects; by default those of the summary index the pages were rendered from. */
  readonly redirects?: readonly PostRedirect[];
}

export interface PostBuildReport {
  readonly kind: BuiltSite['kind'];
  readonly pages: number;
  readonly withoutReact: number;
  readonly keptReact: readonly string[];
  readonly bytesBefore: number;
  readonly bytesAfter: number;
  readonly flightBytesFreed: number;
  /** Files under /_next/static/ that no served file names any more, removed. */
  readonly unusedAssets: readonly string[];
  readonly unusedAssetBytes: number;
  readonly inlineScripts: number;
  readonly indexed: number;
  readonly shards: number;
  readonly searchOutput: string;
  readonly ms: number;
}

export async function postBuild(dir: string, options: PostBuildOptions): Promise<PostBuildReport> {
  const started = performance.now();
  const imageOrigins = options.imageOrigins ?? siteConfig.imageOrigins;
  const site = builtSite(dir);
  const manifests = readClientReferenceManifests(site.manifestRoot);
  if (manifests.length === 0) throw new Error(`no client reference manifests under ${site.manifestRoot}: is it the build of ${dir}?`);
  const ownIds = new Set(manifests.flatMap((manifest) => ownClientModules(manifest).map((m) => m.id)));
  const pages = htmlPagesUnder(site.htmlRoot);
  if (pages.length === 0) throw new Error(`no HTML pages under ${site.htmlRoot}`);

  const search = new SearchIndex(site.staticRoot, options.shardPages);
  const keptReact: string[] = [];
  const withoutReact: string[] = [];
  const withoutFlight: string[] = [];
  const scripts = new Set<string>();
  const references = new AssetReferences();
  const removals: Promise<void>[] = [];
  let bytesBefore = 0;
  let bytesAfter = 0;
  let flightBytesFreed = 0;
  for (const file of pages) {
    const read = readPage(site.htmlRoot, file);
    const plain = withoutRuntime(read, ownIds);
    const page = secured(await indexed(plain, search), imageOrigins);
    const removal = written(page, site);
    flightBytesFreed += removal.freed;
    removals.push(removal.done);
    references.add(page.html);
    for (const hash of page.scriptHashes) scripts.add(hash);
    if (page.keepsReact) {
      keptReact.push(file);
    } else {
      withoutReact.push(plain.route);
      if (losesFlightData(site, file)) withoutFlight.push(plain.route);
      bytesBefore += Buffer.byteLength(read.html);
      bytesAfter += Buffer.byteLength(plain.html);
    }
  }
  const searchReport = await search.finish();
  await Promise.all(removals);
  // Last: only now is every page final and every flight file that stays known.
  for (const file of servedTextFiles(site)) references.add(readFileSync(path.join(site.htmlRoot, file), 'utf8'));
  const unusedAssets = references.unusedUnder(site.staticRoot);
  const unusedAssetBytes = removeUnusedAssets(site.staticRoot, unusedAssets);

  if (site.kind === 'export') {
    // A static host gets the response headers from files; npm start from scripts/server.ts.
    const headers = headerSets({ imageOrigins, admin: siteConfig.admin });
    writeFileSync(path.join(dir, '_headers'), headersFile(headerRules(headers, exportEntries(dir, pages))));
    writeFileSync(path.join(dir, 'serve.json'), `${JSON.stringify(serveConfig(headers), null, 2)}\n`);
    writeFileSync(path.join(dir, '_redirects'), exportRedirects(dir, pages, options.redirects ?? readPublishedRedirects()));
  } else {
    writeFileSync(path.join(dir, PAGES_WITHOUT_REACT), `${JSON.stringify(withoutFlight.sort(), null, 2)}\n`);
  }
  return {
    kind: site.kind,
    pages: pages.length,
    withoutReact: withoutReact.length,
    keptReact,
    bytesBefore,
    bytesAfter,
    flightBytesFreed,
    unusedAssets,
    unusedAssetBytes,
    inlineScripts: scripts.size,
    indexed: searchReport.indexed,
    shards: searchReport.shards,
    searchOutput: searchReport.output,
    ms: Math.round(performance.now() - started),
  };
}
