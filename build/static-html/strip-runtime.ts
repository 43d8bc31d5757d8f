import { scanPage, withoutRanges, type Attributes, type PageScan, type Range } from '../page-scan';

/**
 * Pages that render none of our client components need no JavaScript: every
 * byte of them is server-rendered HTML. Next's App Router still ships React,
 * its router and an inline copy of the whole page as React's flight payload
 * (`self.__next_f.push(…)`: the post body a second time, the JSON-LD a second
 * time) so that the browser can hydrate. Next has no switch to turn that off,
 * so after the build such pages lose those scripts here. What a visitor sees is
 * unchanged; links are plain <a> elements and navigate as links do.
 *
 * The page is read by one tokenizer pass (../page-scan.ts) for the exact
 * source range of each element to drop; everything else stays byte for byte.
 */

const NEXT_ASSET = /^\/_next\/static\//;

/** React's client runtime: its chunks, and inline flight payload or Turbopack bootstrap. Not JSON-LD or our own inline scripts. */
function isRuntimeScript(attributes: Attributes, text: string): boolean {
  if (attributes.src !== undefined) return NEXT_ASSET.test(attributes.src);
  const type = attributes.type;
  if (type !== undefined && type !== 'text/javascript' && type !== 'module') return false;
  const code = text.trimStart();
  return code.startsWith('self.__next_f') || code.startsWith('(self.__next_f') || code.startsWith('(globalThis["TURBOPACK"]');
}

function isRuntimeLink(attributes: Attributes): boolean {
  const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
  return NEXT_ASSET.test(attributes.href ?? '') && (rel.includes('modulepreload') || (rel.includes('preload') && attributes.as === 'script'));
}

/**
 * Does the page render one of the client components with these module ids?
 * The flight rows `I[<id>,…]` in its inline scripts name them.
 */
export function rendersClientModule(page: string | PageScan, moduleIds: Iterable<number>): boolean {
  const scripts = (typeof page === 'string' ? scanPage(page) : page).scripts;
  for (const id of moduleIds) if (scripts.some((script) => script.text.includes(`I[${id},`))) return true;
  return false;
}

/** The source ranges of React's client runtime in a page: scripts, script preloads and the inline flight payload. */
export function runtimeRanges(scan: PageScan): Range[] {
  return [
    ...scan.scripts.filter((script) => isRuntimeScript(script.attributes, script.text)),
    ...scan.links.filter((link) => isRuntimeLink(link.attributes)),
  ].map(({ start, end }) => ({ start, end }));
}

/** The page without React's client runtime. */
export function withoutReactRuntime(html: string): string {
  return withoutRanges(html, runtimeRanges(scanPage(html)));
}
