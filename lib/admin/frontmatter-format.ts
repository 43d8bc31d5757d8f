import { Document, isMap, isScalar, isSeq, type Node, type Pair, type Range, type Scalar } from 'yaml';
import { parseContentDate, toEpoch, toMoscowIso } from '../content/dates';
import { foreignFrontmatterFence, parseFrontmatter, splitFrontmatter } from '../content/frontmatter';
import { parseKeywords } from '../content/keywords';
import { parseSlugList } from '../content/slug-list';
import { ADMIN_CARRIED_FIELDS, POST_FIELDS, type PostField } from '../content/model';
import { normaliseNewlines } from '../content/source-text';

/**
 * The admin's file format (Decap CMS's custom format for content/blog): a
 * post's file becomes the form's values, and the form's values become the
 * file again, losing nothing the editor did not change.
 *
 * Decap's own YAML front-matter format re-stringifies the whole block on
 * every save: quotes dropped, long strings wrapped, the folded title and the
 * inline `schema` JSON rewritten. Here the original text rides along in the
 * entry (SOURCE_KEY), and saving splices only the fields whose value changed
 * into it, using the node ranges of the `yaml` package (the parser the site
 * and check:content use). Everything else, the `schema` field, unknown keys,
 * comments, quoting, order and the body, keeps its bytes.
 *
 * Values are read the way the site reads them (../content/frontmatter.ts,
 * ../content/keywords.ts), so the admin shows exactly what the pages show.
 * Pure and free of Node APIs: the admin's browser bundle imports it.
 */

// ---------------------------------------------------------------------------
// The entry: what Decap's form holds

type AdminField = Exclude<PostField, { readonly kind: 'json-ld' }>;
export type AdminFieldName = AdminField['name'];

/** The fields an editor edits in the admin, in the model's order: all but those the model says the admin carries through (the JSON-LD `schema`). */
export const ADMIN_FIELDS: readonly AdminField[] = POST_FIELDS.filter((field): field is AdminField => !ADMIN_CARRIED_FIELDS.includes(field.name));

type WidgetValueOf<K> = K extends 'keywords' | 'slugs' ? string[] : K extends 'boolean' ? boolean : string;

/** The admin fields as widget values; a field the file does not have (or that the form cannot show) is absent. */
export type AdminFields = { [F in AdminField as F['name']]?: WidgetValueOf<F['kind']> };

/** The entry key that carries the file's original text from fromFile to toFile. */
export const SOURCE_KEY = '__source';

export interface AdminEntry extends AdminFields {
  /** The markdown after the front matter, exactly as in the file. */
  body: string;
  /** The whole file as it was read; absent for a new post. */
  [SOURCE_KEY]?: string;
}

type FieldKind = AdminField['kind'];
type WidgetValue = string | boolean | string[];

// ---------------------------------------------------------------------------
// Reading a file

/** Where the parts of a file are, as offsets into `text` (the file without its BOM). */
interface Layout {
  readonly bom: string;
  readonly text: string;
  /** The YAML between the fences, or null without a block. */
  readonly yaml: { readonly start: number; readonly end: number } | null;
  readonly bodyStart: number;
  /** Offsets in the LF-normalised text (what the parser saw) to offsets in `text`. */
  readonly toText: (normalisedOffset: number) => number;
}

interface ReadPost {
  readonly source: string;
  readonly layout: Layout;
  /** Top-level values as the site reads them (toJS of the block). */
  readonly data: Readonly<Record<string, unknown>>;
  /** Top-level pairs of a block map, by key, with ranges in the normalised YAML. */
  readonly pairs: ReadonlyMap<string, Pair>;
  /** Offset of the YAML in the normalised text. */
  readonly yamlOffset: number;
  readonly widget: Readonly<AdminFields>;
  readonly body: string;
  /** Why the file can be shown but not written back (in Russian), or undefined. */
  readonly problem?: string;
}

/** CRLF and lone CR count as one LF each, as normaliseNewlines reads them. */
function offsetMap(text: string): (offset: number) => number {
  if (!text.includes('\r')) return (offset) => offset;
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    starts.push(i);
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
  }
  starts.push(text.length);
  return (offset) => starts[offset] ?? text.length;
}

const UNWRITABLE = 'изменения не сохранены: админка не может записать их в этот файл, не рискуя его испортить';

function unwritable(reason: string, fix: string): string {
  return `${UNWRITABLE}: ${reason}. Что сделать: ${fix}, затем откройте статью в админке снова`;
}

const FIX_IN_REPOSITORY = 'исправьте файл в репозитории (npm run check:content покажет строку и объяснит ошибку)';

function readPost(source: string): ReadPost {
  const bom = source.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = source.slice(bom.length);
  const normalised = normaliseNewlines(text);
  const toText = offsetMap(text);
  const split = splitFrontmatter(source);
  const noFields = { data: {}, pairs: new Map<string, Pair>(), yamlOffset: 0, widget: {} };

  const fence = foreignFrontmatterFence(source);
  if (fence !== null || split.yaml === null) {
    const layout: Layout = { bom, text, yaml: null, bodyStart: 0, toText };
    const problem =
      fence !== null
        ? unwritable(`блок полей открыт строкой «${fence}», а не ---`, FIX_IN_REPOSITORY)
        : /^---[ \t]*(\r\n?|\n)/.test(text)
          ? unwritable('блок полей в начале файла не закрыт строкой ---', FIX_IN_REPOSITORY)
          : undefined;
    // A file with no block at all is a body: saving puts a block in front of it.
    return { source, layout, ...noFields, body: text, ...(problem ? { problem } : {}) };
  }

  const yamlOffset = normalised.indexOf('\n') + 1;
  const bodyStart = toText(normalised.length - split.body.length);
  const layout: Layout = {
    bom,
    text,
    yaml: { start: toText(yamlOffset), end: toText(yamlOffset + split.yaml.length) },
    bodyStart,
    toText,
  };
  const body = text.slice(bodyStart);
  if (split.closingLineRest !== undefined) {
    return { source, layout, ...noFields, body, problem: unwritable('после закрывающей строки --- блока полей есть ещё текст', FIX_IN_REPOSITORY) };
  }

  const parsed = parseFrontmatter(source);
  const document = parsed.document;
  const firstError = parsed.errors[0];
  if (!document || firstError) {
    const where = firstError ? ` (строка ${firstError.line})` : '';
    return { source, layout, ...noFields, body, problem: unwritable(`в блоке полей ошибка YAML${where}`, FIX_IN_REPOSITORY) };
  }
  const contents = document.contents;
  if (contents !== null && !isMap(contents)) {
    return { source, layout, ...noFields, body, problem: unwritable('блок полей не похож на список полей «имя: значение»', FIX_IN_REPOSITORY) };
  }

  const data = parsed.data;
  const pairs = new Map<string, Pair>();
  for (const pair of contents?.items ?? []) {
    if (isScalar(pair.key)) pairs.set(String(pair.key.value), pair);
  }
  const widget: Partial<Record<AdminFieldName, WidgetValue>> = {};
  for (const field of ADMIN_FIELDS) {
    if (!Object.hasOwn(data, field.name)) continue;
    const value = widgetValue(field.kind, data[field.name]);
    if (value !== undefined) widget[field.name] = value;
  }
  // widgetValue gives each kind its own type (a list for keywords, a flag for draft, text otherwise).
  const fields = widget as AdminFields;
  const problem = contents?.flow
    ? unwritable('поля записаны в фигурных скобках {…}, а админка правит только поля, записанные каждое на своей строке', 'перепишите поля по одному на строку в виде «имя: значение»')
    : undefined;
  return { source, layout, data, pairs, yamlOffset, widget: fields, body, ...(problem ? { problem } : {}) };
}

/**
 * A value from the file as its widget shows it. What the site would not read
 * as such a value (a list where text belongs, a date that is an object) is
 * left out: the form shows the field empty, and the file keeps it as written
 * until the editor types a value (check:content names the mistake).
 */
function widgetValue(kind: FieldKind, value: unknown): WidgetValue | undefined {
  switch (kind) {
    case 'keywords':
      // Exactly the site's list, from either form.
      return value === null || value === undefined ? undefined : parseKeywords(value);
    case 'slugs':
      // One old slug written as text is shown as a list of one; a change writes a YAML list.
      return value === null || value === undefined ? undefined : parseSlugList(value);
    case 'boolean':
      // The site reads only a real true as a draft; `draft: "true"` is shown as it acts, unchecked.
      return value === null || value === undefined ? undefined : value === true;
    case 'date':
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
      return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
    default:
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
  }
}

/** Decap's fromFile: the form's values, the body, and the file itself for toFile. */
export function parsePost(content: string): AdminEntry {
  const post = readPost(content);
  return { ...post.widget, body: post.body, [SOURCE_KEY]: content };
}

// ---------------------------------------------------------------------------
// Reading the form

/**
 * A form value as the file will hold it, or undefined for a cleared field.
 * Decap hands back plain values, but may drop a key whose value is empty or
 * give a list widget's value as a string: undefined, null, '' (and blank
 * text, and an empty list) all mean the editor cleared the field.
 */
function formValue(kind: FieldKind, name: string, value: unknown): WidgetValue | undefined {
  if (value === undefined || value === null) return undefined;
  switch (kind) {
    case 'keywords': {
      const list = parseKeywords(value);
      if (!list.length && typeof value !== 'string' && !Array.isArray(value)) throw new Error(`поле ${name}: ожидается список слов, а не ${typeof value}`);
      return list.length ? list : undefined;
    }
    case 'slugs': {
      if (typeof value !== 'string' && !Array.isArray(value)) throw new Error(`поле ${name}: ожидается список старых адресов, а не ${typeof value}`);
      // Decap's list widget may hand back "a, b" as one string: split it as the widget shows it.
      const list = parseSlugList(typeof value === 'string' ? value.split(',') : value);
      return list.length ? list : undefined;
    }
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === '') return undefined;
      if (value === 'true' || value === 'false') return value === 'true';
      throw new Error(`поле ${name}: ожидается да или нет (true/false)`);
    case 'date':
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) throw new Error(`поле ${name}: дата не читается`);
        return toMoscowIso(value.toISOString());
      }
    // fall through: a date is otherwise text
    default:
      if (typeof value === 'number') return String(value);
      if (typeof value !== 'string') throw new Error(`поле ${name}: ожидается текст`);
      return value.trim() === '' ? undefined : value.trim();
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * Whether the form still holds the file's value: then the file's bytes stay.
 * Differences the site cannot see count as no change: spaces around text,
 * an absent draft flag against `false`, and a date written another way for
 * the same instant (a widget that re-writes `2025-07-26` as its midnight).
 */
function sameValue(kind: FieldKind, form: WidgetValue | undefined, file: WidgetValue | undefined): boolean {
  if (kind === 'boolean') return (form === true) === (file === true);
  if (form === undefined || file === undefined) return form === file;
  if (Array.isArray(form) || Array.isArray(file)) return Array.isArray(form) && Array.isArray(file) && sameList(form, file);
  if (typeof form !== 'string' || typeof file !== 'string') return form === file;
  if (form.trim() === file.trim()) return true;
  if (kind !== 'date') return false;
  const a = parseContentDate(form);
  const b = parseContentDate(file);
  return a !== null && b !== null && toEpoch(a) === toEpoch(b);
}

/**
 * Whether the form's body is the file's: line endings (an editor widget keeps
 * LF) and whitespace at the very end (which no page shows) are no change.
 */
function sameBody(form: string, file: string): boolean {
  const text = (body: string) => normaliseNewlines(body).replace(/\s+$/, '');
  return form === file || text(form) === text(file);
}

function formBody(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new Error('текст статьи (body): ожидается текст');
  return value;
}

// ---------------------------------------------------------------------------
// Writing values

interface ValueStyle {
  /** The scalar style of the value as written (quotes, `>-`), kept when its text changes. */
  readonly scalar?: Scalar.Type;
  readonly flow?: boolean;
  /** Whether list items are indented under the key (`keywords:\n  - a`) or not (`keywords:\n- a`). */
  readonly indentSeq?: boolean;
}

/**
 * One `name: value` in YAML, without a final newline. Written with the YAML
 * 1.1 rules of what needs quotes, which are stricter than 1.2's: a date, yes,
 * no, on, off stay text for a reader that still follows 1.1 (js-yaml, the
 * original gray-matter), and the site's 1.2 reader reads the same value.
 * No line is ever wrapped.
 */
function yamlPair(name: string, value: WidgetValue, style: ValueStyle): string {
  const document = new Document({ [name]: value }, { version: '1.1' });
  const pair = isMap(document.contents) ? document.contents.items[0] : undefined;
  const node = pair?.value;
  if (isScalar(node) && style.scalar) node.type = style.scalar;
  if (isSeq(node) && style.flow) node.flow = true;
  return document.toString({ lineWidth: 0, indentSeq: style.indentSeq ?? true }).replace(/\n$/, '');
}

function styleOf(node: unknown, keyColumn: number, yaml: string): ValueStyle {
  if (isScalar(node) && node.type) return { scalar: node.type };
  if (isSeq(node)) {
    if (node.flow) return { flow: true };
    const first = node.range?.[0];
    if (first !== undefined) return { indentSeq: first - lineStart(yaml, first) > keyColumn };
  }
  return {};
}

/** A changed keywords list in the form the post used: a comma string stays one unless a keyword has a comma. */
function keywordsValue(list: readonly string[], fileValue: unknown): WidgetValue {
  if (typeof fileValue === 'string' && !list.some((keyword) => keyword.includes(','))) return list.join(', ');
  return [...list];
}

function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n') i--;
  return i;
}

function lineEnd(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i === -1 ? text.length : i;
}

function withNewlines(text: string, newline: string): string {
  return newline === '\n' ? text : text.replace(/\n/g, newline);
}

/** A file whose every line ends in CRLF (saved on Windows): a changed body is written the same way. */
function isCrlfThroughout(text: string): boolean {
  return text.includes('\r\n') && !/(^|[^\r])\n|\r(?!\n)/.test(text);
}

interface Edit {
  /** Offsets in the normalised YAML. */
  readonly start: number;
  readonly end: number;
  /** The new text, indented like the block, with LF newlines (the file's own are put in when applied). */
  readonly text: string;
  /** Model order, for insertions at one place. */
  readonly order: number;
}

// ---------------------------------------------------------------------------
// toFile

/** Decap's toFile: the file with only what the editor changed written anew. */
export function serializePost(data: object): string {
  const entry = data as Readonly<Record<string, unknown>>;
  const form = new Map<AdminFieldName, WidgetValue | undefined>();
  for (const field of ADMIN_FIELDS) form.set(field.name, formValue(field.kind, field.name, entry[field.name]));
  const body = formBody(entry.body);
  const source = entry[SOURCE_KEY];
  if (typeof source !== 'string') return newPost(form, body);

  const post = readPost(source);
  // The file's value goes through the form's reading too: `description: ""` is as empty as a cleared field.
  const changed = ADMIN_FIELDS.filter((field) => !sameValue(field.kind, form.get(field.name), formValue(field.kind, field.name, post.widget[field.name])));
  const bodyChanged = !sameBody(body, post.body);
  if (!changed.length && !bodyChanged) return source;
  if (post.problem) throw new Error(post.problem);

  const output = spliced(post, changed, form, bodyChanged ? body : post.body);
  verify(output, post, changed, form, bodyChanged ? body : post.body);
  return output;
}

/** A block of the form's fields in the model's order, in the plainest YAML check:content accepts. */
function newBlock(form: ReadonlyMap<AdminFieldName, WidgetValue | undefined>): string {
  const lines = ADMIN_FIELDS.flatMap((field) => {
    const value = form.get(field.name);
    return value === undefined ? [] : [`${yamlPair(field.name, value, {})}\n`];
  });
  return `---\n${lines.join('')}---\n`;
}

/** A new post: a new block, then the body as given. */
function newPost(form: ReadonlyMap<AdminFieldName, WidgetValue | undefined>, body: string): string {
  return `${newBlock(form)}${body}`;
}

function spliced(
  post: ReadPost,
  changed: readonly AdminField[],
  form: ReadonlyMap<AdminFieldName, WidgetValue | undefined>,
  body: string,
): string {
  const { layout } = post;
  const { text } = layout;
  const bodyText = body === post.body || !isCrlfThroughout(text) ? body : withNewlines(normaliseNewlines(body), '\r\n');

  if (layout.yaml === null) {
    // No block yet: one goes in front of the text, which stays the body.
    // Only what changed: a `draft: false` the form holds by default means nothing to write here.
    const fields = new Map(changed.map((field) => [field.name, form.get(field.name)]));
    if (![...fields.values()].some((value) => value !== undefined)) return `${layout.bom}${bodyText}`;
    return `${layout.bom}${withNewlines(newBlock(fields), text.includes('\r\n') ? '\r\n' : '\n')}${bodyText}`;
  }

  const yamlText = text.slice(layout.yaml.start, layout.yaml.end);
  const yaml = normaliseNewlines(yamlText);
  const newline = yamlText.includes('\r\n') || (!yamlText.includes('\n') && text.includes('\r\n')) ? '\r\n' : '\n';
  const firstKey = [...post.pairs.values()][0]?.key as Node | undefined;
  const indent = firstKey?.range ? firstKey.range[0] - lineStart(yaml, firstKey.range[0]) : 0;

  const edits: Edit[] = [];
  const removals: Edit[] = [];
  const removed = new Set<string>();
  const order = (name: string) => POST_FIELDS.findIndex((field) => field.name === name);

  for (const field of changed) {
    const pair = post.pairs.get(field.name);
    const value = form.get(field.name);
    if (!pair) continue;
    const key = pair.key as Node;
    const keyRange = key.range as Range;
    if (yaml.slice(lineStart(yaml, keyRange[0]), keyRange[0]).trim() !== '') throw new Error(unwritable(`поле ${field.name} не в начале строки`, FIX_IN_REPOSITORY));
    const end = valueEnd(pair, yaml);
    if (value === undefined) {
      // Whole lines go, with the line break after them.
      removed.add(field.name);
      const to = lineEnd(yaml, end);
      removals.push({ start: lineStart(yaml, keyRange[0]), end: Math.min(to + 1, yaml.length), text: '', order: order(field.name) });
      continue;
    }
    const written = field.kind === 'keywords' && Array.isArray(value) ? keywordsValue(value, post.data[field.name]) : value;
    const pairText = yamlPair(field.name, written, styleOf(pair.value, keyRange[0] - lineStart(yaml, keyRange[0]), yaml));
    // A comment after the old value on its line would end up inside a value that now spans lines.
    const rest = yaml.slice(end, lineEnd(yaml, end));
    const to = pairText.includes('\n') && rest.trim() !== '' ? lineEnd(yaml, end) : end;
    edits.push({ start: keyRange[0], end: to, text: indentLines(pairText, indent).slice(indent), order: order(field.name) });
  }

  edits.push(...joinedRemovals(removals, yaml));

  // New fields go next to their neighbours in the model's order.
  const present = (name: string) => post.pairs.has(name) && !removed.has(name);
  for (const field of changed) {
    const value = form.get(field.name);
    if (post.pairs.has(field.name) || value === undefined) continue;
    const written = field.kind === 'keywords' && Array.isArray(value) ? [...value] : value;
    const pairText = indentLines(yamlPair(field.name, written, {}), indent);
    const at = order(field.name);
    const before = POST_FIELDS.slice(0, at).reverse().find((f) => present(f.name));
    const after = POST_FIELDS.slice(at + 1).find((f) => present(f.name));
    if (before) {
      const position = lineEnd(yaml, valueEnd(post.pairs.get(before.name) as Pair, yaml));
      edits.push({ start: position, end: position, text: `\n${pairText}`, order: at });
    } else if (after) {
      const position = lineStart(yaml, ((post.pairs.get(after.name) as Pair).key as Node).range?.[0] ?? 0);
      edits.push({ start: position, end: position, text: `${pairText}\n`, order: at });
    } else {
      // Only unknown keys or comments, or an empty block: the field goes at the end.
      const position = yaml.length;
      edits.push({ start: position, end: position, text: yaml === '' || yaml.endsWith('\n') ? `${pairText}\n` : `\n${pairText}`, order: at });
    }
  }

  edits.sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start) || a.order - b.order);
  // Untouched stretches are copied from the file itself, so their CR bytes survive.
  const yamlStart = layout.yaml.start;
  const rebuilt = rebuildWithOriginal(yaml, edits, text, post.yamlOffset, layout.toText, newline);
  let closing = text.slice(layout.yaml.end, layout.bodyStart);
  // A block left with no fields closes right under the opening line: `---` then `---`.
  if (rebuilt === '') closing = closing.replace(/^\r?\n/, '');
  // A block that closed at the very end of the file needs a line break before a body that now has text.
  if (layout.bodyStart === text.length && bodyText !== '' && !closing.endsWith('\n')) closing += newline;
  return `${layout.bom}${text.slice(0, yamlStart)}${rebuilt}${closing}${bodyText}`;
}

/**
 * Removed fields that follow one another become one removal. A run that ends
 * the block takes the line break before it instead of one after it: the
 * block's last line has none of its own (the one before --- is the fence's).
 */
function joinedRemovals(removals: readonly Edit[], yaml: string): Edit[] {
  const runs: Edit[] = [];
  for (const removal of [...removals].sort((a, b) => a.start - b.start)) {
    const last = runs[runs.length - 1];
    if (last && last.end === removal.start) runs[runs.length - 1] = { ...last, end: removal.end };
    else runs.push(removal);
  }
  return runs.map((run) => (run.end === yaml.length && run.start > 0 && !yaml.endsWith('\n') ? { ...run, start: run.start - 1 } : run));
}

/**
 * The YAML with the edits applied, where every stretch between edits is the
 * file's own text (offsets mapped back from the normalised YAML) and every
 * edit's text gets the file's newline.
 */
function rebuildWithOriginal(
  yaml: string,
  edits: readonly Edit[],
  text: string,
  yamlOffset: number,
  toText: (offset: number) => number,
  newline: string,
): string {
  const original = (from: number, to: number) => text.slice(toText(yamlOffset + from), toText(yamlOffset + to));
  let out = '';
  let cursor = 0;
  for (const edit of edits) {
    if (edit.start < cursor) throw new Error(unwritable('поля в файле перекрываются', FIX_IN_REPOSITORY));
    out += original(cursor, edit.start) + withNewlines(edit.text, newline);
    cursor = Math.max(cursor, edit.end);
  }
  return out + original(cursor, yaml.length);
}

function indentLines(text: string, indent: number): string {
  if (!indent) return text;
  const pad = ' '.repeat(indent);
  return text
    .split('\n')
    .map((line) => (line ? pad + line : line))
    .join('\n');
}

/** Where a pair's value ends in the YAML: after its last character, before trailing newlines and blank lines. */
function valueEnd(pair: Pair, yaml: string): number {
  const key = pair.key as Node;
  const value = pair.value as Node | null;
  const keyEnd = key.range?.[1] ?? 0;
  let end = value?.range ? value.range[1] : yaml.indexOf(':', keyEnd) + 1;
  while (end > keyEnd && /[\n \t]/.test(yaml[end - 1] ?? '')) end--;
  return Math.max(end, yaml.indexOf(':', keyEnd) + 1);
}

/**
 * Reads the written file back as the site will and refuses to hand Decap a
 * file in which anything but the edited fields differs: a splice that went
 * wrong would otherwise reach the repository silently.
 */
function verify(
  output: string,
  before: ReadPost,
  changed: readonly AdminField[],
  form: ReadonlyMap<AdminFieldName, WidgetValue | undefined>,
  body: string,
): void {
  const after = readPost(output);
  const fail = (what: string) => {
    throw new Error(unwritable(`после записи ${what} читается не так, как в форме`, 'сохраните правку ещё раз или внесите её в файл в репозитории и сообщите разработчикам'));
  };
  if (after.problem) fail('блок полей');
  const edited = new Set<string>(changed.map((field) => field.name));
  for (const field of ADMIN_FIELDS) {
    if (edited.has(field.name)) {
      const wanted = form.get(field.name);
      const got = after.widget[field.name];
      const same = Array.isArray(wanted) ? Array.isArray(got) && sameList(wanted, got) : wanted === got;
      if (!same) fail(`поле ${field.name}`);
    } else if (!sameData(before.data[field.name], after.data[field.name])) fail(`поле ${field.name}`);
  }
  const keys = new Set([...Object.keys(before.data), ...Object.keys(after.data)]);
  for (const key of keys) {
    if (!ADMIN_FIELDS.some((field) => field.name === key) && !sameData(before.data[key], after.data[key])) fail(`поле ${key}`);
  }
  if (normaliseNewlines(after.body) !== normaliseNewlines(body)) fail('текст статьи');
}

/** Deep equality of plain values from YAML (what toJS makes: objects, arrays, scalars). */
function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

// ---------------------------------------------------------------------------
// Decap's custom format

/**
 * What CMS.registerCustomFormat takes: fromFile(content) and
 * toFile(data, sortedKeys?, comments?). Decap converts the entry from
 * Immutable to a plain object before calling toFile (backend.ts, entryToRaw),
 * and adds a final newline to what toFile returns when it has none.
 */
export interface DecapFormatter {
  fromFile(content: string): AdminEntry;
  toFile(data: object, sortedKeys?: string[], comments?: Record<string, string>): string;
}

export const decapFormat: DecapFormatter = {
  fromFile: (content: string): AdminEntry => parsePost(content),
  // Decap also passes the configured field order and comments: the model gives the order, the file keeps its comments.
  toFile: (data: object): string => serializePost(data),
};
