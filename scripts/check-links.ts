/**
 * `npm run check:links`: linkinator crawls the static export from its home
 * page, served locally by linkinator's own static server, and fails on any
 * broken internal link or asset: pages, scripts, stylesheets, images, fonts
 * in the CSS, and #fragments (contents, skip link). The site's production
 * origin (canonical and Open Graph URLs, JSON-LD) is checked against the
 * local copy; every other external URL is skipped, so the check needs no
 * network.
 *
 *   tsx scripts/check-links.ts [export-dir]     # default: out
 */
import { builtSite, htmlPagesUnder } from '../build/built-site';
import { site } from '../lib/site';

/** Our own port range (3400–3499) rather than a random one. */
const PORT = Number(process.env.CHECK_LINKS_PORT ?? 3410);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function main(dir: string): Promise<number> {
  if (builtSite(dir).kind !== 'export') throw new Error(`${dir} is not a static export: build it first (npm run build:static)`);
  // The same page listing as the post-build pass and the other checkers.
  const pages = htmlPagesUnder(dir);
  if (pages.length === 0) throw new Error(`no HTML pages under ${dir}`);
  const started = performance.now();
  const local = `http://localhost:${PORT}`;
  // linkinator is ESM-only and this script runs as CommonJS under tsx.
  const { LinkChecker, LinkState } = await import('linkinator');
  const checker = new LinkChecker();
  const result = await checker.check({
    path: dir,
    port: PORT,
    recurse: true,
    checkCss: true,
    checkFragments: true,
    concurrency: 20,
    timeout: 10_000,
    // Canonical, Open Graph and JSON-LD URLs name the production origin: check them against this copy.
    urlRewriteExpressions: [{ pattern: new RegExp(`^${escapeRegExp(site.url)}`), replacement: local }],
    linksToSkip: async (link) => !link.startsWith(`${local}/`) && link !== local,
  });
  const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
  const checked = result.links.filter((link) => link.state === LinkState.OK).length;
  const skipped = result.links.filter((link) => link.state === LinkState.SKIPPED).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  for (const link of broken) console.error(`  ${link.status ?? '—'} ${link.url}\n      on ${link.parent ?? '(start)'}`);
  console.log(`linkinator: ${checked} links and assets OK, ${broken.length} broken, ${skipped} external skipped (${pages.length} pages in ${dir}), ${seconds} s`);
  return broken.length === 0 && checked > 0 ? 0 : 1;
}

main(process.argv[2] ?? 'out').then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`check-links: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
