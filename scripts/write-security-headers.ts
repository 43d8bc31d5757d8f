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
 * other security headers come from next.config.ts (next start) or
 * out/_headers (static hosts). Exits 1 when a page has no place for its
 * policy, or when there are no pages at all.
 */
import { readFileSync, writeFileSync } from 'node:fs';
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

function main(dir: string | undefined): void {
  if (!dir) throw new Error('usage: tsx scripts/write-security-headers.ts <server dist dir | export dir>');
  const started = performance.now();
  const { kind, htmlRoot } = builtSite(dir);
  const { pages, scripts } = securePages(htmlRoot);
  let done = `${pages} pages (${scripts} distinct inline scripts) under ${htmlRoot}`;
  if (kind === 'export') {
    // A static host gets the response headers from files; `next start` from next.config.ts.
    const headers = responseHeaders(site.imageOrigins);
    writeFileSync(path.join(dir, '_headers'), headersFile(headers));
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
