/**
 * Gives a built site its Content-Security-Policy, from the inline scripts
 * its pages actually contain (lib/security/). Run after every build, like
 * the search index:
 *
 *   tsx scripts/write-security-headers.ts .next-server  # → .next-server/csp-manifest.json, read by proxy.ts
 *   tsx scripts/write-security-headers.ts out           # → a policy <meta> in every page, out/_headers, out/serve.json
 *
 * Exits 1 when a page has no place for its policy, or when there are no
 * pages at all: a build without policies must not pass for one with them.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CSP_MANIFEST_FILE, type CspManifest } from '../lib/security/csp-manifest';
import { inlineScriptHashes } from '../lib/security/inline-scripts';
import { documentPolicy } from '../lib/security/policy';
import { headersFile, serveConfig, withPolicyMeta } from '../lib/security/static-export';
import { routeForHtmlFile } from '../lib/search/pages';
import { site } from '../lib/site';

/** Next's prerendered not-found page, in a server build and in an export. */
const NOT_FOUND_FILES = new Set(['_not-found.html', '404.html']);

function htmlFiles(root: string): string[] {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.split(path.sep).includes('_next'))
    .sort();
  if (files.length === 0) throw new Error(`no HTML pages under ${root}`);
  return files;
}

function writeServerManifest(dir: string): string {
  const root = path.join(dir, 'server', 'app');
  const pages: Record<string, readonly string[]> = {};
  let notFound: readonly string[] | null = null;
  const files = htmlFiles(root);
  for (const file of files) {
    const hashes = inlineScriptHashes(readFileSync(path.join(root, file), 'utf8'));
    pages[routeForHtmlFile(file)] = hashes;
    if (NOT_FOUND_FILES.has(file)) notFound = hashes;
  }
  if (!notFound) throw new Error(`${root} has no _not-found.html`);
  const manifest: CspManifest = { pages, notFound };
  const target = path.join(dir, CSP_MANIFEST_FILE);
  writeFileSync(target, `${JSON.stringify(manifest)}\n`);
  return `${files.length} pages → ${target}`;
}

function secureExport(dir: string): string {
  const files = htmlFiles(dir);
  for (const file of files) {
    const target = path.join(dir, file);
    const html = readFileSync(target, 'utf8');
    const policy = documentPolicy({ scriptHashes: inlineScriptHashes(html), imageOrigins: site.imageOrigins });
    writeFileSync(target, withPolicyMeta(html, policy));
  }
  writeFileSync(path.join(dir, '_headers'), headersFile());
  writeFileSync(path.join(dir, 'serve.json'), `${JSON.stringify(serveConfig(), null, 2)}\n`);
  return `${files.length} pages with a policy <meta>, ${path.join(dir, '_headers')}, ${path.join(dir, 'serve.json')}`;
}

function main(dir: string | undefined): void {
  if (!dir) throw new Error('usage: tsx scripts/write-security-headers.ts <server dist dir | export dir>');
  const started = performance.now();
  let done: string;
  if (existsSync(path.join(dir, 'server', 'app'))) done = writeServerManifest(dir);
  else if (existsSync(path.join(dir, 'index.html'))) done = secureExport(dir);
  else throw new Error(`${dir} is neither a Next server build (no server/app) nor a static export (no index.html)`);
  console.log(`security headers: ${done} in ${Math.round(performance.now() - started)} ms`);
}

try {
  main(process.argv[2]);
} catch (error: unknown) {
  console.error(`write-security-headers: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
