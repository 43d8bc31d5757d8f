import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SCHEMA_PREFIXES, termName } from './schema-terms';

/**
 * The schema.org vocabulary (release 30.0, a copy under ./schemaorg) and a
 * checker of JSON-LD against it: types, properties, which property belongs
 * to which type (domainIncludes) and what kind of value it takes
 * (rangeIncludes). Node-only: the file is read with fs, once per path.
 * Pending, attic and superseded terms are in the file, so they count as valid.
 */

export const DEFAULT_VOCABULARY_PATH = path.join(process.cwd(), 'lib/seo/schemaorg/schemaorg-all-https-30.0.jsonld');

export interface VocabularyClass {
  readonly name: string;
  /** The class itself and every class above it (rdfs:subClassOf, transitively, schema.org only). */
  readonly ancestors: ReadonlySet<string>;
  /** Text, Number, Date… and their subclasses (URL, Integer, Duration…): literals, not nodes. */
  readonly dataType: boolean;
}

export interface VocabularyProperty {
  readonly name: string;
  /** schema:domainIncludes; empty means no restriction (only the superseded interactionCount). */
  readonly domain: readonly string[];
  /** schema:rangeIncludes; empty means no restriction. */
  readonly range: readonly string[];
}

export interface Vocabulary {
  readonly classes: ReadonlyMap<string, VocabularyClass>;
  readonly properties: ReadonlyMap<string, VocabularyProperty>;
  /** Enumeration members (InStock, True…) → the enumerations they belong to. */
  readonly members: ReadonlyMap<string, readonly string[]>;
}

export type VocabularyProblemKind = 'unknown-type' | 'unknown-property' | 'property-not-on-type' | 'wrong-kind';

export interface VocabularyProblem {
  /** Where, e.g. "$.@graph[3].aggregateRating.ratingValue". */
  readonly path: string;
  readonly kind: VocabularyProblemKind;
  /** English, for developers. */
  readonly message: string;
  /** The type or property name as written. */
  readonly term: string;
  /** The offending value (the item, for arrays). */
  readonly value: unknown;
  /** The node's known types, for unknown-property and property-not-on-type. */
  readonly types?: readonly string[];
  /** The property's rangeIncludes, for wrong-kind. */
  readonly range?: readonly string[];
}

// ---------------------------------------------------------------------------
// Loading

interface RawNode {
  readonly '@id'?: unknown;
  readonly '@type'?: unknown;
  readonly [key: string]: unknown;
}

export { termName };

function asArray(value: unknown): readonly unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** schema.org names among {"@id": "schema:X"} references; other vocabularies are dropped. */
function schemaRefs(value: unknown): string[] {
  return asArray(value).flatMap((ref) => {
    const id = isRecord(ref) ? ref['@id'] : undefined;
    return typeof id === 'string' && id.startsWith('schema:') ? [id.slice('schema:'.length)] : [];
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface RawTerms {
  readonly parents: Map<string, string[]>;
  readonly declaredDataTypes: Set<string>;
  readonly properties: Map<string, VocabularyProperty>;
  readonly memberTypes: Map<string, string[]>;
}

function readTerms(graph: readonly RawNode[]): RawTerms {
  const terms: RawTerms = { parents: new Map(), declaredDataTypes: new Set(), properties: new Map(), memberTypes: new Map() };
  for (const node of graph) {
    const id = node['@id'];
    if (typeof id !== 'string' || !id.startsWith('schema:')) continue;
    const name = id.slice('schema:'.length);
    const types = asArray(node['@type']).filter((t): t is string => typeof t === 'string');
    if (types.includes('rdf:Property')) {
      terms.properties.set(name, { name, domain: schemaRefs(node['schema:domainIncludes']), range: schemaRefs(node['schema:rangeIncludes']) });
    } else if (types.includes('rdfs:Class')) {
      terms.parents.set(name, schemaRefs(node['rdfs:subClassOf']));
      if (types.includes('schema:DataType')) terms.declaredDataTypes.add(name);
    } else {
      // Typed by an enumeration (schema:ItemAvailability…): a member, not a class.
      terms.memberTypes.set(name, types.filter((t) => t.startsWith('schema:')).map((t) => t.slice('schema:'.length)));
    }
  }
  return terms;
}

function ancestorsOf(name: string, parents: ReadonlyMap<string, readonly string[]>, done: Map<string, Set<string>>): Set<string> {
  const cached = done.get(name);
  if (cached) return cached;
  const result = new Set([name]);
  done.set(name, result); // guards against cycles
  for (const parent of parents.get(name) ?? []) for (const a of ancestorsOf(parent, parents, done)) result.add(a);
  return result;
}

function buildVocabulary(graph: readonly RawNode[]): Vocabulary {
  const terms = readTerms(graph);
  const done = new Map<string, Set<string>>();
  const classes = new Map<string, VocabularyClass>();
  for (const name of terms.parents.keys()) {
    const ancestors = ancestorsOf(name, terms.parents, done);
    const dataType = [...ancestors].some((a) => terms.declaredDataTypes.has(a));
    classes.set(name, { name, ancestors, dataType });
  }
  return { classes, properties: terms.properties, members: terms.memberTypes };
}

const loaded = new Map<string, Vocabulary>();

/** The vocabulary in a schema.org JSON-LD release file, parsed once per path. */
export function loadVocabulary(file: string = DEFAULT_VOCABULARY_PATH): Vocabulary {
  const key = path.resolve(file);
  const cached = loaded.get(key);
  if (cached) return cached;
  const parsed: unknown = JSON.parse(readFileSync(key, 'utf8'));
  const graph = isRecord(parsed) && Array.isArray(parsed['@graph']) ? (parsed['@graph'] as RawNode[]) : null;
  if (!graph) throw new Error(`${file}: not a schema.org JSON-LD file (no @graph)`);
  const vocabulary = buildVocabulary(graph);
  loaded.set(key, vocabulary);
  return vocabulary;
}

// ---------------------------------------------------------------------------
// Queries

export function isSubtypeOf(vocab: Vocabulary, type: string, ancestor: string): boolean {
  return vocab.classes.get(type)?.ancestors.has(ancestor) ?? false;
}

/** Whether the property may be used on a node of this type (or of one of its supertypes). */
export function appliesTo(vocab: Vocabulary, property: string, type: string): boolean {
  const prop = vocab.properties.get(property);
  const cls = vocab.classes.get(type);
  if (!prop || !cls) return false;
  return prop.domain.length === 0 || prop.domain.some((d) => cls.ancestors.has(d));
}

/** Every property usable on a node of this type, sorted. */
export function propertiesOf(vocab: Vocabulary, type: string): string[] {
  return [...vocab.properties.keys()].filter((p) => appliesTo(vocab, p, type)).sort();
}

// ---------------------------------------------------------------------------
// Value kinds (rangeIncludes)

const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;
const ABSOLUTE_URL = /^https?:\/\/\S+$/i;
const BOOLEAN_IRIS = new Set(['true', 'false', ...['True', 'False'].flatMap((b) => SCHEMA_PREFIXES.map((p) => p + b))]);

/** Whether a literal of a data type may be written as this string or number. */
function dataTypeAccepts(vocab: Vocabulary, type: string, value: string | number | boolean): boolean {
  const is = (ancestor: string) => isSubtypeOf(vocab, type, ancestor);
  if (typeof value === 'boolean') return is('Boolean');
  if (is('Boolean')) return typeof value === 'string' && BOOLEAN_IRIS.has(value);
  if (is('Number')) {
    const text = String(value);
    const numeric = typeof value === 'number' ? Number.isFinite(value) : NUMERIC.test(text.trim());
    return numeric && (!is('Integer') || (typeof value === 'number' ? Number.isInteger(value) : INTEGER.test(text.trim())));
  }
  // Text and its subclasses, Date, DateTime, Time, Quantity (e.g. Duration "PT30M"): strings.
  // A bare number also reads as Text, as schema.org allows.
  return typeof value === 'string' || is('Text');
}

/** A string in place of a node: an IRI reference, or an enumeration member of that class. */
function classAcceptsString(vocab: Vocabulary, type: string, value: string): boolean {
  if (ABSOLUTE_URL.test(value)) return true;
  const member = termName(value);
  return member !== null && (vocab.members.get(member) ?? []).some((t) => isSubtypeOf(vocab, t, type));
}

function nodeTypes(vocab: Vocabulary, node: Record<string, unknown>): string[] {
  return asArray(node['@type']).flatMap((t) => {
    const name = typeof t === 'string' ? termName(t) : null;
    return name && vocab.classes.has(name) ? [name] : [];
  });
}

/** Whether one value (not an array) fits a property's rangeIncludes. */
function fitsRange(vocab: Vocabulary, range: readonly string[], value: unknown): boolean {
  if (value === null || value === undefined) return false;
  const classes = range.map((r) => vocab.classes.get(r)).filter((c): c is VocabularyClass => c !== undefined);
  if (isRecord(value)) {
    if ('@value' in value) return fitsRange(vocab, range, value['@value']);
    if (value['@type'] === undefined) return classes.some((c) => !c.dataType || c.ancestors.has('URL'));
    const types = nodeTypes(vocab, value);
    // Unknown types are reported on their own; their kind cannot be judged.
    if (types.length === 0) return true;
    return types.some((t) => classes.some((c) => isSubtypeOf(vocab, t, c.name)));
  }
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return false;
  return classes.some((c) =>
    c.dataType ? dataTypeAccepts(vocab, c.name, value) : typeof value === 'string' && classAcceptsString(vocab, c.name, value),
  );
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (isRecord(value)) return value['@type'] !== undefined ? `a ${JSON.stringify(value['@type'])} node` : 'a node without @type';
  return `${typeof value} ${JSON.stringify(value)}`;
}

// ---------------------------------------------------------------------------
// Validation

const KEYWORDS_WITH_NODES = new Set(['@graph']);

function checkTypes(vocab: Vocabulary, node: Record<string, unknown>, at: string): VocabularyProblem[] {
  const raw = node['@type'];
  if (raw === undefined) return [];
  const list = asArray(raw);
  return list.flatMap((t, i) => {
    const where = Array.isArray(raw) ? `${at}.@type[${i}]` : `${at}.@type`;
    const name = typeof t === 'string' ? termName(t) : null;
    if (name && vocab.classes.has(name)) return [];
    return [{ path: where, kind: 'unknown-type' as const, term: String(t), value: t, message: `unknown schema.org type ${JSON.stringify(t)}` }];
  });
}

function checkProperty(
  vocab: Vocabulary,
  key: string,
  value: unknown,
  types: readonly string[],
  at: string,
): VocabularyProblem[] {
  const where = `${at}.${key}`;
  const name = termName(key);
  const prop = name ? vocab.properties.get(name) : undefined;
  const problems: VocabularyProblem[] = [];
  if (!prop) {
    problems.push({ path: where, kind: 'unknown-property', term: key, value, types, message: `unknown schema.org property "${key}"` });
  } else if (types.length && !types.some((t) => appliesTo(vocab, prop.name, t))) {
    const message = `property "${key}" is not applicable to ${types.join(', ')} (domain: ${prop.domain.join(', ')})`;
    problems.push({ path: where, kind: 'property-not-on-type', term: key, value, types, message });
  }
  const items = Array.isArray(value) ? value : [value];
  items.forEach((item, i) => {
    const itemPath = Array.isArray(value) ? `${where}[${i}]` : where;
    if (prop && prop.range.length && !fitsRange(vocab, prop.range, item)) {
      const message = `"${key}" expects ${prop.range.join(' or ')}, got ${describe(item)}`;
      problems.push({ path: itemPath, kind: 'wrong-kind', term: key, value: item, range: prop.range, message });
    }
    problems.push(...validateJsonLdNode(item, vocab, itemPath));
  });
  return problems;
}

/**
 * Every vocabulary problem in a JSON-LD value: unknown types and properties,
 * properties used on types outside their domain, values outside their range.
 * Recurses into nested nodes, arrays and @graph. Literals yield nothing.
 */
export function validateJsonLdNode(value: unknown, vocab: Vocabulary, path = '$'): VocabularyProblem[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => validateJsonLdNode(item, vocab, `${path}[${i}]`));
  if (!isRecord(value) || '@value' in value) return [];
  const types = nodeTypes(vocab, value);
  const problems = checkTypes(vocab, value, path);
  for (const [key, child] of Object.entries(value)) {
    if (KEYWORDS_WITH_NODES.has(key)) problems.push(...validateJsonLdNode(child, vocab, `${path}.${key}`));
    // undefined is what JSON.stringify drops: an absent property in an in-memory graph.
    else if (!key.startsWith('@') && child !== undefined) problems.push(...checkProperty(vocab, key, child, types, path));
  }
  return problems;
}
