/**
 * `npm run check:seo`: checks the structured data of a built site. Reads
 * every .html file under the static export (out/, or the folder given as the
 * first argument), takes each <script type="application/ld+json"> and checks
 * that it parses, that every type and property is in the schema.org
 * vocabulary and fits where it is used, that the text has no raw "<" (our
 * serialiser escapes it) and that every {"@id": …} reference points at a node
 * on the same page. Exits 1 on any problem, and when there is nothing to
 * check: a check that finds nothing must not pass.
 *
 *   tsx scripts/check-seo.ts [out-dir]
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { htmlPagesUnder } from '../build/built-site';
import { loadVocabulary, validateJsonLdNode, type Vocabulary } from '../lib/seo/vocabulary';

type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type Element = DefaultTreeAdapterTypes.Element;

const DEFAULT_OUT_DIR = 'out';

export interface SeoProblem {
  /** Where in the page's JSON-LD, e.g. "$.@graph[2].foo". */
  readonly path: string;
  readonly message: string;
}

export interface PageReport {
  readonly scripts: number;
  /** Objects with an @type, nested ones included. */
  readonly nodes: number;
  readonly problems: readonly SeoProblem[];
}

// ---------------------------------------------------------------------------
// Reading the HTML

function isElement(node: DefaultTreeAdapterTypes.Node): node is Element {
  return 'tagName' in node;
}

function isJsonLdScript(element: Element): boolean {
  const type = element.attrs.find((a) => a.name === 'type')?.value ?? '';
  return element.tagName === 'script' && type.trim().toLowerCase() === 'application/ld+json';
}

/** The text of every JSON-LD script, in document order. */
export function jsonLdScripts(html: string): string[] {
  const texts: string[] = [];
  const walk = (parent: ParentNode): void => {
    for (const child of parent.childNodes) {
      if (!isElement(child)) continue;
      if (isJsonLdScript(child)) {
        texts.push(child.childNodes.map((n) => ('value' in n && n.nodeName === '#text' ? n.value : '')).join(''));
      }
      walk(child.tagName === 'template' && 'content' in child ? (child as DefaultTreeAdapterTypes.Template).content : child);
    }
  };
  walk(parse(html));
  return texts;
}

// ---------------------------------------------------------------------------
// Checking the JSON-LD

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Calls visit on every object in a JSON value, with its path. */
function eachObject(value: unknown, at: string, visit: (node: Record<string, unknown>, at: string) => void): void {
  if (Array.isArray(value)) value.forEach((item, i) => eachObject(item, `${at}[${i}]`, visit));
  else if (isRecord(value)) {
    visit(value, at);
    for (const [key, child] of Object.entries(value)) eachObject(child, `${at}.${key}`, visit);
  }
}

const isReference = (node: Record<string, unknown>) => Object.keys(node).length === 1 && typeof node['@id'] === 'string';

/** {"@id": X} references with no node of that @id among the page's scripts. */
function danglingReferences(graphs: readonly { value: unknown; prefix: string }[]): SeoProblem[] {
  const defined = new Set<string>();
  const references: { id: string; at: string }[] = [];
  for (const { value, prefix } of graphs) {
    eachObject(value, `${prefix}$`, (node, at) => {
      const id = node['@id'];
      if (typeof id !== 'string') return;
      if (isReference(node)) references.push({ id, at });
      else defined.add(id);
    });
  }
  return references
    .filter((ref) => !defined.has(ref.id))
    .map((ref) => ({ path: ref.at, message: `@id reference ${JSON.stringify(ref.id)} resolves to no node on this page` }));
}

function countNodes(value: unknown): number {
  let count = 0;
  eachObject(value, '$', (node) => {
    if (node['@type'] !== undefined) count++;
  });
  return count;
}

/** Every problem of one page's JSON-LD scripts. */
export function checkPage(html: string, vocab: Vocabulary): PageReport {
  const texts = jsonLdScripts(html);
  const problems: SeoProblem[] = [];
  const parsed: { value: unknown; prefix: string }[] = [];
  texts.forEach((text, i) => {
    const prefix = texts.length > 1 ? `script[${i}]:` : '';
    if (text.includes('<')) problems.push({ path: `${prefix}$`, message: 'raw "<" in the script text (serialise with \\u003c)' });
    try {
      parsed.push({ value: JSON.parse(text) as unknown, prefix });
    } catch (error) {
      problems.push({ path: `${prefix}$`, message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
    }
  });
  for (const { value, prefix } of parsed) {
    problems.push(...validateJsonLdNode(value, vocab).map((p) => ({ path: `${prefix}${p.path}`, message: p.message })));
  }
  problems.push(...danglingReferences(parsed));
  return { scripts: texts.length, nodes: parsed.reduce((n, { value }) => n + countNodes(value), 0), problems };
}

// ---------------------------------------------------------------------------
// The command

/** The built site's pages: the same listing the post-build pass and the other checkers use. */
function htmlFiles(dir: string): string[] {
  return htmlPagesUnder(dir).map((name) => path.join(dir, name));
}

export function summaryLine(pages: number, nodes: number, problems: number): string {
  return `check:seo: ${pages} pages, ${nodes} JSON-LD nodes, ${problems} problems`;
}

export function main(argv: readonly string[]): number {
  const dir = argv[0] ?? DEFAULT_OUT_DIR;
  if (argv.length > 1) {
    console.error(`check:seo: unexpected arguments: ${argv.slice(1).join(' ')}\nUsage: npm run check:seo -- [out-dir]`);
    return 2;
  }
  const shown = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/');
  const files = statSync(dir, { throwIfNoEntry: false })?.isDirectory() ? htmlFiles(dir) : [];
  if (!files.length) {
    console.error(`check:seo: no .html files in ${dir}/: build the static export first (npm run build:static)`);
    return 1;
  }
  const vocab = loadVocabulary();
  let scripts = 0;
  let nodes = 0;
  let problems = 0;
  for (const file of files) {
    const report = checkPage(readFileSync(file, 'utf8'), vocab);
    scripts += report.scripts;
    nodes += report.nodes;
    problems += report.problems.length;
    for (const p of report.problems) console.error(`${shown(file)} ${p.path}: ${p.message}`);
  }
  console.error(summaryLine(files.length, nodes, problems));
  if (scripts === 0) {
    console.error(`check:seo: 0 JSON-LD scripts in total in ${files.length} pages: the pages carry no structured data`);
    return 1;
  }
  return problems > 0 ? 1 : 0;
}

// Run only as a script, so tests can import the helpers above.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
