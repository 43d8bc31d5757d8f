import { gzipSync } from 'node:zlib';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** What a page makes the browser download besides itself. */
export interface PageAssets {
  /** External scripts (<script src>) a modern browser runs, in document order, without repeats. */
  readonly scripts: readonly string[];
  /** `nomodule` scripts: legacy polyfills that modern browsers skip. */
  readonly legacyScripts: readonly string[];
  /** Stylesheets (<link rel="stylesheet" href>), in document order, without repeats. */
  readonly stylesheets: readonly string[];
  /** Bytes of inline <script> text (JSON-LD excluded): the RSC payload and the theme's init script. */
  readonly inlineScriptBytes: number;
  /** Of those, the bytes of `self.__next_f.push(…)` scripts: React's flight payload. */
  readonly flightBytes: number;
}

function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

function textOf(element: Element): string {
  return element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');
}

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
  if ('content' in node && node.content) yield* elements(node.content);
}

/** Reads a page's scripts and stylesheets with a real HTML parser (parse5, as browsers parse). */
export function pageAssets(html: string): PageAssets {
  const scripts = new Set<string>();
  const legacyScripts = new Set<string>();
  const stylesheets = new Set<string>();
  let inlineScriptBytes = 0;
  let flightBytes = 0;
  for (const element of elements(parse(html))) {
    if (element.tagName === 'script') {
      const src = attr(element, 'src');
      if (src) {
        (attr(element, 'nomodule') === undefined ? scripts : legacyScripts).add(src);
        continue;
      }
      if (attr(element, 'type') === 'application/ld+json') continue;
      const text = textOf(element);
      const bytes = Buffer.byteLength(text);
      inlineScriptBytes += bytes;
      if (text.startsWith('self.__next_f.push(')) flightBytes += bytes;
    } else if (element.tagName === 'link') {
      const rel = (attr(element, 'rel') ?? '').toLowerCase().split(/\s+/);
      const href = attr(element, 'href');
      if (href && rel.includes('stylesheet')) stylesheets.add(href);
    }
  }
  return { scripts: [...scripts], legacyScripts: [...legacyScripts], stylesheets: [...stylesheets], inlineScriptBytes, flightBytes };
}

/** Gzip at zlib's default level, as servers commonly send it. */
export function gzipBytes(data: string | Buffer): number {
  return gzipSync(data).length;
}
