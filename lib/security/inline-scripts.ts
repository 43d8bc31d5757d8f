/**
 * The inline scripts a built page will run, and their CSP hashes. Our layout
 * inlines the theme script into every page, and Next inlines its RSC payload
 * (`self.__next_f.push(…)`) and bootstrap into the pages that keep React; a
 * CSP without 'unsafe-inline' must name each by its sha256. The text is read with an HTML
 * parser (parse5), not a regular expression: a script's end is wherever the
 * HTML tokenizer says it is.
 */
import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/** `type` values a browser runs as JavaScript (HTML spec: "JavaScript MIME type essence match", plus module). */
const JAVASCRIPT_TYPES = new Set([
  '',
  'module',
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** An inline script the browser executes: no src, and a JavaScript type (JSON-LD is data, never run). */
function isExecutableInline(element: Element): boolean {
  if (element.tagName !== 'script' || attribute(element, 'src') !== undefined) return false;
  const type = attribute(element, 'type');
  return type === undefined || JAVASCRIPT_TYPES.has(type.trim().toLowerCase());
}

function textOf(element: Element): string {
  return element.childNodes.map((n) => (n.nodeName === '#text' && 'value' in n ? n.value : '')).join('');
}

/** The text of every executable inline script, in document order. */
export function inlineScripts(html: string): string[] {
  const texts: string[] = [];
  const walk = (parent: ParentNode): void => {
    for (const child of parent.childNodes) {
      if (!isElement(child)) continue;
      if (isExecutableInline(child)) texts.push(textOf(child));
      // <template> content is inert until cloned into the document; its
      // scripts are still hashed, so a page that stamps one out keeps working.
      walk(child.tagName === 'template' && 'content' in child ? (child as DefaultTreeAdapterTypes.Template).content : child);
    }
  };
  walk(parse(html));
  return texts;
}

/** A CSP hash source for a script's text: sha256 of its UTF-8 bytes, base64. */
export function scriptHashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hash sources of a page's inline scripts, without repeats, in first-seen order. */
export function inlineScriptHashes(html: string): string[] {
  return [...new Set(inlineScripts(html).map(scriptHashSource))];
}
