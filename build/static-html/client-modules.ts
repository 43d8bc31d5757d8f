import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type Node } from 'acorn';

/**
 * How much of the JavaScript a page loads is ours rather than the framework's.
 * Turbopack's production chunks hold modules as `push([script, id, factory,
 * id, factory, …])`, with numeric ids; the page's client reference manifest
 * names the client components behind those ids. Our modules are the ones
 * under the project but outside node_modules. A real JS parser (acorn) finds
 * each factory's exact extent, so nothing here depends on minifier output.
 */

export interface ChunkModule {
  readonly id: number;
  readonly source: string;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

function isPushOfModules(node: Node): node is Node & { arguments: (Node & { elements: ((Node & Span) | null)[] })[] } {
  const call = node as Node & { callee?: Node & { property?: Node & { name?: string } }; arguments?: Node[] };
  return (
    node.type === 'CallExpression' &&
    call.callee?.type === 'MemberExpression' &&
    call.callee.property?.name === 'push' &&
    call.arguments?.[0]?.type === 'ArrayExpression'
  );
}

/** The modules of one Turbopack chunk, with the source text of each factory. */
export function chunkModules(source: string): ChunkModule[] {
  const program = parse(source, { ecmaVersion: 'latest', sourceType: 'script' });
  const modules: ChunkModule[] = [];
  for (const statement of program.body) {
    if (statement.type !== 'ExpressionStatement' || !isPushOfModules(statement.expression)) continue;
    const elements = statement.expression.arguments[0]!.elements;
    for (let i = 0; i < elements.length - 1; i++) {
      const id = elements[i];
      const factory = elements[i + 1];
      if (id?.type !== 'Literal' || typeof (id as Node & { value?: unknown }).value !== 'number' || !factory) continue;
      if (factory.type !== 'ArrowFunctionExpression' && factory.type !== 'FunctionExpression') continue;
      modules.push({ id: (id as Node & { value: number }).value, source: source.slice(factory.start, factory.end) });
      i++;
    }
  }
  return modules;
}

/** A client module of ours: its path in the project and its id in the browser chunks. */
export interface OwnClientModule {
  readonly path: string;
  readonly id: number;
}

/** The client modules of ours a route uses, read from its `page_client-reference-manifest.js`. */
export function ownClientModules(manifestSource: string): OwnClientModule[] {
  const json = /=\s*(\{[\s\S]*\})\s*;?\s*$/.exec(manifestSource)?.[1];
  if (!json) throw new Error('not a client reference manifest');
  const manifest = JSON.parse(json) as { clientModules?: Record<string, { id: number | string }> };
  const own = new Map<number, string>();
  for (const [key, entry] of Object.entries(manifest.clientModules ?? {})) {
    const modulePath = key.replace(/ <[^>]+>$/, '');
    if (!modulePath.startsWith('[project]/') || modulePath.includes('/node_modules/')) continue;
    own.set(Number(entry.id), modulePath.slice('[project]/'.length));
  }
  return [...own].map(([id, path]) => ({ id, path })).sort((a, b) => a.path.localeCompare(b.path));
}

/** The text of every route's client reference manifest under a build's server/app folder. */
export function readClientReferenceManifests(appDir: string): string[] {
  return readdirSync(appDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('page_client-reference-manifest.js'))
    .map((file) => readFileSync(path.join(appDir, file), 'utf8'));
}
