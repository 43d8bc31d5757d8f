/**
 * `npm run check:xml`: every XML document a built output serves (the RSS
 * feed, the sitemap, any other *.xml route) must be well-formed XML 1.0 with
 * bound namespaces, or readers and search engines reject it whole (the
 * parser: support/xml-well-formed.ts). Exits 1 on any problem, and when a
 * folder has no feed or no sitemap: a check that finds nothing must not pass.
 *
 *   tsx scripts/check-xml.ts [build-dir…]     # default: .next-server out
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { xmlError } from '../support/xml-well-formed';
import { builtSite } from '../build/built-site';

const DEFAULT_DIRS = ['.next-server', 'out'];
/** What every output must have; a server build keeps a route's body as <name>.body. */
const REQUIRED = ['rss.xml', 'sitemap.xml'];

/** The XML documents of a built output, relative to where its pages are; Next's own assets (_next/) are not served documents. */
export function xmlDocumentsUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.xml(\.body)?$/.test(file) && !file.split(path.sep).includes('_next'))
    // A server build also has a folder per route, named like the document.
    .filter((file) => statSync(path.join(root, file)).isFile())
    .sort();
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
    const served = new Set(files.map((file) => file.replace(/\.body$/, '')));
    for (const name of REQUIRED.filter((required) => !served.has(required))) {
      console.error(`${dir}: no ${name}`);
      failed = true;
    }
    for (const file of files) {
      const error = xmlError(readFileSync(path.join(htmlRoot, file)));
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
