import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * Pages that render none of our client components need no JavaScript: every
 * byte of them is server-rendered HTML. Next's App Router still ships React,
 * its router and an inline copy of the whole page as React's flight payload
 * (`self.__next_f.push(…)`: the post body a second time, the JSON-LD a second
 * time) so that the browser can hydrate. Next has no switch to turn that off,
 * so after the build such pages lose those scripts here. What a visitor sees is
 * unchanged; links are plain <a> elements and navigate as links do.
 *
 * The HTML is parsed with parse5 (the HTML standard's parser) for the exact
 * source ranges of the elements to drop; everything else stays byte for byte.
 */

function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

function textOf(element: Element): string {
  return element.childNodes.map((child) => (child.nodeName === '#text' && 'value' in child ? child.value : '')).join('');
}

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  for (const child of 'childNodes' in node ? node.childNodes : []) yield* elements(child);
}

const NEXT_ASSET = /^\/_next\/static\//;

/** Is this element part of React's client runtime (and nothing else)? */
function isRuntime(element: Element): boolean {
  if (element.tagName === 'script') {
    const src = attr(element, 'src');
    if (src !== undefined) return NEXT_ASSET.test(src);
    const type = attr(element, 'type');
    if (type !== undefined && type !== 'text/javascript' && type !== 'module') return false; // JSON-LD and other data
    const text = textOf(element).trimStart();
    // The flight payload, and Turbopack's bootstrap of the runtime chunks.
    return text.startsWith('self.__next_f') || text.startsWith('(self.__next_f') || text.startsWith('(globalThis["TURBOPACK"]');
  }
  if (element.tagName === 'link') {
    const rel = (attr(element, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(element, 'href') ?? '';
    return NEXT_ASSET.test(href) && (rel.includes('modulepreload') || (rel.includes('preload') && attr(element, 'as') === 'script'));
  }
  return false;
}

/** Does the page render one of the client components with these module ids? (Flight rows `I[<id>,…]` name them.) */
export function rendersClientModule(html: string, moduleIds: Iterable<number>): boolean {
  for (const id of moduleIds) if (html.includes(`I[${id},`)) return true;
  return false;
}

/** The page without React's client runtime: scripts, script preloads and the inline flight payload. */
export function withoutReactRuntime(html: string): string {
  const ranges: { start: number; end: number }[] = [];
  for (const element of elements(parse(html, { sourceCodeLocationInfo: true }))) {
    const location = element.sourceCodeLocation;
    if (location && isRuntime(element)) ranges.push({ start: location.startOffset, end: location.endOffset });
  }
  let out = '';
  let at = 0;
  for (const range of ranges.sort((a, b) => a.start - b.start)) {
    if (range.start < at) continue;
    out += html.slice(at, range.start);
    at = range.end;
  }
  return out + html.slice(at);
}
