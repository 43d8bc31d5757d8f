import { siteNodeOf } from './ids';
import { termName, TEXT_OR_URL_PROPERTIES, URL_ONLY_PROPERTIES } from './schema-terms';

/**
 * The `schema` frontmatter field: a JSON-LD HowTo object an editor may write
 * by hand, merged into the page's HowTo node (./howto.ts). It is validated
 * before every build by ./validate-editor-schema.ts; this module is its shape
 * and the rules that keep it from smuggling structure into the page's graph,
 * light enough for pages to import. The rules are applied twice: the checker
 * reports every fault to the editor, and the merge drops what a fault names,
 * because `npm run dev` renders pages without the checker.
 */
export type EditorSchema = Readonly<Record<string, unknown>> & { readonly '@type'?: 'HowTo' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** The editor's object, or null when the field is absent or not an object (check:content reports that). */
export function asEditorSchema(value: unknown): EditorSchema | null {
  // check:content rejects any other @type before a build, so the narrower type holds.
  return isRecord(value) ? (value as EditorSchema) : null;
}

// ---------------------------------------------------------------------------
// The rules

/**
 * JSON-LD keywords a HowTo needs: the context and type at the top; a type and
 * an id (to point at another node) inside. Everything else (@graph, @reverse,
 * @included, @context inside, @value…) adds nodes or edges the page's own
 * graph does not know about.
 */
const TOP_KEYWORDS = new Set(['@context', '@type']);
const NESTED_KEYWORDS = new Set(['@type', '@id']);
/** schema.org's context maps these to @id and @type; the vocabulary check reports them as unknown properties. */
const KEYWORD_ALIASES = new Set(['id', 'type']);
/** Schemes a browser runs or inlines, whatever follows the colon. */
const ACTIVE_SCHEMES = new Set(['javascript', 'vbscript', 'data']);

/** An absolute http(s) URL with a host and no whitespace, as written (no leading spaces either). */
export function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string' || !/^https?:\/\/[^\s/?#]+\S*$/i.test(value)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * The scheme a browser would see: it drops leading and trailing controls and
 * spaces and every tab and newline before parsing, so " java\tscript:" is
 * javascript:. Null for a relative URL.
 */
function schemeOf(value: string): string | null {
  const cleaned = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase() ?? null;
}

type UrlKind = 'url' | 'text-or-url';

function urlKindOf(key: string): UrlKind | null {
  const name = termName(key);
  if (name === null) return null;
  return URL_ONLY_PROPERTIES.has(name) ? 'url' : TEXT_OR_URL_PROPERTIES.has(name) ? 'text-or-url' : null;
}

/**
 * Why a string in a URL-valued property is not an absolute http(s) URL, or
 * null when it is one (or is text, where text is allowed). In a property that
 * takes text too (keywords, identifier…), a value is read as a URL when a
 * browser would run it, or when it has a scheme and no spaces ("SEO: советы"
 * stays text).
 */
function urlFault(value: string, kind: UrlKind): 'relative' | 'scheme' | null {
  if (isHttpUrl(value)) return null;
  const scheme = schemeOf(value);
  if (kind === 'text-or-url') return scheme !== null && (ACTIVE_SCHEMES.has(scheme) || !/\s/.test(value.trim())) ? 'scheme' : null;
  return scheme === null ? 'relative' : 'scheme';
}

export type EditorSchemaFault =
  /** A JSON-LD keyword the HowTo does not need; `top` when it is on the HowTo itself. */
  | { readonly kind: 'keyword'; readonly path: string; readonly key: string; readonly top: boolean; readonly value: unknown }
  /** An "@id" that is not an absolute http(s) URL. */
  | { readonly kind: 'id'; readonly path: string; readonly value: unknown }
  /** A node with an @id of the site's own that says more than which node it is. */
  | { readonly kind: 'site-node'; readonly path: string; readonly id: string; readonly type: string | null; readonly value: unknown }
  /** A URL-valued property whose value is not an absolute http(s) URL. */
  | { readonly kind: 'url'; readonly path: string; readonly value: string; readonly relative: boolean };

export interface EditorSchemaScope {
  /** The site's origin: @ids under it belong to the site's own nodes. */
  readonly siteUrl: string;
}

export interface InspectedEditorSchema {
  /**
   * The object without what the faults name (and without "id"/"type" keys
   * and @type values that are not names, which the vocabulary check
   * reports): safe to merge. Equal to the input, key
   * order included, when the checker finds nothing.
   */
  readonly clean: EditorSchema;
  readonly faults: readonly EditorSchemaFault[];
}

const isTypeName = (value: unknown) => typeof value === 'string' || (Array.isArray(value) && value.every((t) => typeof t === 'string'));

const join = (at: string, key: string) => (at ? `${at}.${key}` : key);

/** Every fault of the editor's object, and the object without them. */
export function inspectEditorSchema(schema: EditorSchema, scope: EditorSchemaScope): InspectedEditorSchema {
  const faults: EditorSchemaFault[] = [];

  const value = (child: unknown, at: string, kind: UrlKind | null): unknown => {
    if (Array.isArray(child)) {
      return child.map((item, i) => value(item, `${at}[${i}]`, kind)).filter((item) => item !== undefined);
    }
    if (isRecord(child)) {
      const kept = node(child, at, false);
      // An object left with nothing (its only key was refused) says nothing: leave it out.
      return Object.keys(kept).length || !Object.keys(child).length ? kept : undefined;
    }
    if (typeof child === 'string' && kind) {
      const fault = urlFault(child, kind);
      if (fault) {
        faults.push({ kind: 'url', path: at, value: child, relative: fault === 'relative' });
        return undefined;
      }
    }
    return child;
  };

  const node = (object: Readonly<Record<string, unknown>>, at: string, top: boolean): Record<string, unknown> => {
    const id = object['@id'];
    const siteNode = !top && typeof id === 'string' && isHttpUrl(id) ? siteNodeOf(id, scope.siteUrl) : null;
    if (siteNode && typeof id === 'string') {
      // A reference is fine ({"@id"}, with the type we give that node); anything more is a claim about our node.
      const typeFits = object['@type'] === undefined || (siteNode.type !== null && object['@type'] === siteNode.type);
      const reference = Object.fromEntries(Object.entries(object).filter(([key]) => key === '@id' || (key === '@type' && typeFits)));
      if (Object.keys(reference).length < Object.keys(object).length) {
        faults.push({ kind: 'site-node', path: at, id, type: siteNode.type, value: object });
      }
      return reference;
    }
    const result: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(object)) {
      const where = join(at, key);
      if (key.startsWith('@')) {
        if (!(top ? TOP_KEYWORDS : NESTED_KEYWORDS).has(key)) faults.push({ kind: 'keyword', path: where, key, top, value: child });
        else if (key === '@id' && !isHttpUrl(child)) faults.push({ kind: 'id', path: where, value: child });
        // A type is a name or a list of names; anything else is an unknown type to the vocabulary check.
        else if (key !== '@type' || isTypeName(child)) result[key] = child;
        continue;
      }
      if (KEYWORD_ALIASES.has(key)) continue;
      const kept = value(child, where, urlKindOf(key));
      if (kept !== undefined) result[key] = kept;
    }
    return result;
  };

  return { clean: node(schema, '', true) as EditorSchema, faults };
}
