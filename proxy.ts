import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { CSP_MANIFEST_FILE, isCspManifest, scriptHashesFor, type CspManifest } from './lib/security/csp-manifest';
import { headerPolicy } from './lib/security/policy';
import { site } from './lib/site';

/**
 * Adds each page's Content-Security-Policy under `next start`. The pages are
 * static, so no nonce can be put into them; instead the build records the
 * sha256 of every inline script of every page (csp-manifest.json, written by
 * scripts/write-security-headers.ts) and this proxy names exactly those in
 * the page's script-src. The other security headers come from next.config.ts
 * for every response, assets included.
 */

// Same folder as next.config.ts's distDir for a server build.
const DIST_DIR = process.env.NEXT_DIST_DIR ?? '.next-server';
const NO_SCRIPTS: CspManifest = { pages: {}, notFound: [] };

let manifest: CspManifest | null = null;
// One header value per page, built on first use: each page's hash list is its own array.
const policies = new WeakMap<readonly string[], string>();

function loadManifest(): CspManifest {
  const file = path.join(/* turbopackIgnore: true */ process.cwd(), DIST_DIR, CSP_MANIFEST_FILE);
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (isCspManifest(parsed)) return parsed;
    console.error(`proxy: ${file} is not a CSP manifest`);
  } catch (error) {
    console.error(`proxy: cannot read ${file} (${error instanceof Error ? error.message : String(error)}); run npm run build`);
  }
  // Fail closed: the pages stay readable, but none of their scripts may run.
  return NO_SCRIPTS;
}

export function proxy(request: NextRequest): NextResponse {
  const response = NextResponse.next();
  // `next dev` injects scripts of its own and needs eval; the policy is for production.
  if (process.env.NODE_ENV !== 'production') return response;
  manifest ??= loadManifest();
  const scriptHashes = scriptHashesFor(manifest, request.nextUrl.pathname);
  if (scriptHashes) {
    let policy = policies.get(scriptHashes);
    if (!policy) {
      policy = headerPolicy({ scriptHashes, imageOrigins: site.imageOrigins });
      policies.set(scriptHashes, policy);
    }
    response.headers.set('Content-Security-Policy', policy);
  }
  return response;
}

export const config = {
  matcher: [
    {
      // Next's own assets, and the RSC payloads fetched on client-side
      // navigation and prefetch, are never documents: no policy, no proxy.
      source: '/((?!_next/).*)',
      missing: [{ type: 'header', key: 'rsc' }],
    },
  ],
};
