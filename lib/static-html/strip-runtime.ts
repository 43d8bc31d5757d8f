import { Parser } from 'htmlparser2';

/**
 * Pages that render none of our client components need no JavaScript: every
 * byte of them is server-rendered HTML. Next's App Router still ships React,
 * its router and an inline copy of the whole page as React's flight payload
 * (`self.__next_f.push(…)`: the post body a second time, the JSON-LD a second
 * time) so that the browser can hydrate. Next has no switch to turn that off,
 * so after the build such pages lose those scripts here. What a visitor sees is
 * unchanged; links are plain <a> elements and navigate as links do.
 *
 * The HTML is tokenised with htmlparser2 (script contents as raw text, as
 * browsers read them) for the exact source range of each element to drop;
 * everything else stays byte for byte. (parse5 builds a whole tree with
 * locations: 80 ms a post page against htmlparser2's 1.5 ms, which at 1000
 * posts was a minute of the build.)
 */

type Attributes = Record<string, string>;

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

/** Does the page render one of the client components with these module ids? (Flight rows `I[<id>,…]` name them.) */
export function rendersClientModule(html: string, moduleIds: Iterable<number>): boolean {
  for (const id of moduleIds) if (html.includes(`I[${id},`)) return true;
  return false;
}

/** The page without React's client runtime: scripts, script preloads and the inline flight payload. */
export function withoutReactRuntime(html: string): string {
  const ranges: { start: number; end: number }[] = [];
  let script: { attributes: Attributes; start: number; text: string } | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script') script = { attributes, start: parser.startIndex, text: '' };
        else if (name === 'link' && isRuntimeLink(attributes)) ranges.push({ start: parser.startIndex, end: parser.endIndex + 1 });
      },
      ontext(text) {
        if (script) script.text += text;
      },
      onclosetag(name) {
        if (name !== 'script' || !script) return;
        if (isRuntimeScript(script.attributes, script.text)) ranges.push({ start: script.start, end: parser.endIndex + 1 });
        script = null;
      },
    },
    { decodeEntities: false, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  let out = '';
  let at = 0;
  for (const range of ranges.sort((a, b) => a.start - b.start)) {
    if (range.start < at) continue;
    out += html.slice(at, range.start);
    at = range.end;
  }
  return out + html.slice(at);
}
