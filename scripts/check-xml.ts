/**
 * `npm run check:xml`: every XML document a built output serves (the RSS and
 * Atom feeds of the site and of each tag, the sitemap, any other *.xml route)
 * must be well-formed XML 1.0 with bound namespaces, or readers and search
 * engines reject it whole (the parser: support/xml-well-formed.ts). Every
 * JSON feed (feed.json) must parse and have JSON Feed 1.1's shape
 * (support/json-feed-shape.ts). Exits 1 on any problem, and when a folder
 * lacks the site's feeds, the sitemap or any tag's feeds: a check that finds
 * nothing must not pass.
 *
 *   tsx scripts/check-xml.ts [build-dir…]     # default: .next-server out
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { jsonFeedProblems } from '../support/json-feed-shape';
import { xmlError } from '../support/xml-well-formed';
import { builtSite } from '../build/built-site';

const DEFAULT_DIRS = ['.next-server', 'out'];
/** What every output must have; a server build keeps a route's body as <name>.body. */
const REQUIRED = ['rss.xml', 'atom.xml', 'feed.json', 'sitemap.xml'];
/** A tag's feeds (lib/seo/feed.ts, feedFolderFor): at least one tag must have them. */
const TAG_FEED = /^feeds\/tags\/[^/]+\/(rss\.xml|atom\.xml|feed\.json)$/;

/** The XML documents of a built output, relative to where its pages are; Next's own assets (_next/) are not served documents. */
export function xmlDocumentsUnder(root: string): string[] {
  return documentsUnder(root, /\.xml(\.body)?$/);
}

/** The JSON feeds of a built output (feed.json, or feed.json.body in a server build). */
export function jsonFeedsUnder(root: string): string[] {
  return documentsUnder(root, /(^|\/)feed\.json(\.body)?$/);
}

function documentsUnder(root: string, name: RegExp): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => name.test(file.split(path.sep).join('/')) && !file.split(path.sep).includes('_next'))
    // A server build also has a folder per route, named like the document.
    .filter((file) => statSync(path.join(root, file)).isFile())
    .sort();
}

/** Why a JSON feed's text is not JSON Feed 1.1, or null. */
export function jsonFeedError(text: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return `not JSON: ${(error as Error).message}`;
  }
  const problems = jsonFeedProblems(parsed);
  return problems.length ? problems.join('; ') : null;
}

function main(dirs: readonly string[]): number {
  let failed = false;
  for (const dir of dirs) {
    if (!existsSync(dir)) {
      console.error(`${dir}: not found: build it first`);
      failed = true;
      continue;
    }
    const { htmlRoot } = builtSite(dir);
    const files = xmlDocumentsUnder(htmlRoot);
    const jsonFeeds = jsonFeedsUnder(htmlRoot);
    const served = new Set([...files, ...jsonFeeds].map((file) => file.split(path.sep).join('/').replace(/\.body$/, '')));
    for (const name of REQUIRED.filter((required) => !served.has(required))) {
      console.error(`${dir}: no ${name}`);
      failed = true;
    }
    for (const format of ['rss.xml', 'atom.xml', 'feed.json']) {
      if (![...served].some((file) => TAG_FEED.test(file) && file.endsWith(format))) {
        console.error(`${dir}: no tag has a ${format} (feeds/tags/<slug>/${format})`);
        failed = true;
      }
    }
    for (const file of files) {
      const error = xmlError(readFileSync(path.join(htmlRoot, file)));
      if (error) failed = true;
      console.log(`${error ? 'FAIL' : 'ok  '} ${path.join(htmlRoot, file)}${error ? `: ${error}` : ''}`);
    }
    for (const file of jsonFeeds) {
      const error = jsonFeedError(readFileSync(path.join(htmlRoot, file), 'utf8'));
      if (error) failed = true;
      console.log(`${error ? 'FAIL' : 'ok  '} ${path.join(htmlRoot, file)}${error ? `: ${error}` : ''}`);
    }
  }
  return failed ? 1 : 0;
}

// Run only as a script, so tests can import the helpers above.
if (require.main === module) {
  const args = process.argv.slice(2);
  process.exitCode = main(args.length ? args : DEFAULT_DIRS);
}
