/**
 * Gives every page of a built site its Content-Security-Policy, from the
 * inline scripts that page actually contains (lib/security/). Run after every
 * build, as the last step that touches the HTML (after static-pages and the
 * search index):
 *
 *   tsx scripts/write-security-headers.ts .next-server  # the pages next start serves (<dist>/server/app)
 *   tsx scripts/write-security-headers.ts out           # the export's pages, plus out/_headers and out/serve.json
 *
 * Each page gets a `<meta http-equiv="Content-Security-Policy">` naming the
 * sha256 of each of its inline scripts; the header part of the policy and the
 * other security headers come from scripts/server.ts (npm start) or
 * out/_headers and out/serve.json (static hosts). Exits 1 when a page has no place for its
 * policy, or when there are no pages at all.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { headersFile, serveConfig } from '../lib/security/headers-file';
import { inlineScriptHashes } from '../lib/security/inline-scripts';
import { documentPolicy, responseHeaders } from '../lib/security/policy';
import { withPolicyMeta } from '../lib/security/policy-meta';
import { site } from '../lib/site';
import { builtSite, htmlPagesUnder } from './built-site';

/** Writes each page's policy into it; returns how many pages and how many distinct inline scripts. */
function securePages(root: string): { pages: number; scripts: number } {
  const files = htmlPagesUnder(root);
  if (files.length === 0) throw new Error(`no HTML pages under ${root}`);
  const scripts = new Set<string>();
  for (const file of files) {
    const target = path.join(root, file);
    const html = readFileSync(target, 'utf8');
    const scriptHashes = inlineScriptHashes(html);
    for (const hash of scriptHashes) scripts.add(hash);
    writeFileSync(target, withPolicyMeta(html, documentPolicy({ scriptHashes, imageOrigins: site.imageOrigins })));
  }
  return { pages: files.length, scripts: scripts.size };
}

/** Files a static host serves that are ours, not the site's: never given a rule. */
const HOST_FILES = new Set(['_headers', 'serve.json']);

/**
 * The `_headers` paths of an export that hold no page: each top-level file
 * that is not HTML, and each top-level folder with no HTML inside (`/_next/*`,
 * `/og/*`, public/'s folders). Folders that hold pages keep the page rule
 * only: a host matches paths, not file types.
 */
function pagelessPaths(dir: string): string[] {
  const pageFolders = new Set(htmlPagesUnder(dir).map((file) => file.split(path.sep)[0]));
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !HOST_FILES.has(entry.name) && !entry.name.endsWith('.html'))
    .filter((entry) => !(entry.isDirectory() && pageFolders.has(entry.name)))
    .map((entry) => (entry.isDirectory() ? `/${entry.name}/*` : `/${entry.name}`))
    .sort();
}

function main(dir: string | undefined): void {
  if (!dir) throw new Error('usage: tsx scripts/write-security-headers.ts <server dist dir | export dir>');
  const started = performance.now();
  const { kind, htmlRoot } = builtSite(dir);
  const { pages, scripts } = securePages(htmlRoot);
  let done = `${pages} pages (${scripts} distinct inline scripts) under ${htmlRoot}`;
  if (kind === 'export') {
    // A static host gets the response headers from files; npm start from scripts/server.ts.
    const headers = { page: responseHeaders(site.imageOrigins, 'page'), other: responseHeaders(site.imageOrigins, 'other') };
    writeFileSync(path.join(dir, '_headers'), headersFile({ ...headers, otherPaths: pagelessPaths(dir) }));
    writeFileSync(path.join(dir, 'serve.json'), `${JSON.stringify(serveConfig(headers), null, 2)}\n`);
    done += `, ${path.join(dir, '_headers')}, ${path.join(dir, 'serve.json')}`;
  }
  console.log(`security headers: a policy <meta> in ${done} in ${Math.round(performance.now() - started)} ms`);
}

try {
  main(process.argv[2]);
} catch (error: unknown) {
  console.error(`write-security-headers: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
