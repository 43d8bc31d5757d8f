import { isAlias, LineCounter, parseDocument, visit, YAMLParseError, type Document } from 'yaml';
import { normaliseNewlines } from './source-text';

/**
 * Splits a markdown file into its YAML frontmatter and body. We parse with
 * `yaml` directly rather than gray-matter (which Contentlayer uses) because the
 * editor-facing checks need the line of every field, which gray-matter drops.
 * The same `yaml` package parses both, so both read the same values.
 */
export interface FrontmatterSource {
  /** The YAML text between the --- fences, or null when the file has none. */
  readonly yaml: string | null;
  /** 1-based line in the file where the YAML text starts. */
  readonly yamlStartLine: number;
  readonly body: string;
  /** Text after the `---` of the closing line, which gray-matter would make the start of the body. */
  readonly closingLineRest?: string;
  /** 1-based line of that closing line. */
  readonly closingLine?: number;
}

/**
 * The block is split where gray-matter (Contentlayer's reader) splits it, so
 * the check reads the same fields the build does: it opens with a line `---`
 * and closes at the first later line that starts with `---`. What a closing
 * line has after its `---` is the start of the body for gray-matter;
 * `closingLineRest` keeps it so the check can report it.
 */
const OPENING = /^---[ \t]*\n/;

export function splitFrontmatter(source: string): FrontmatterSource {
  const text = normaliseNewlines(source.replace(/^\uFEFF/, ''));
  const opening = OPENING.exec(text);
  if (!opening) return { yaml: null, yamlStartLine: 1, body: text };
  const rest = text.slice(opening[0].length);
  // An empty block (`---` right after `---`) is a block, as remark-frontmatter reads it.
  const close = rest.startsWith('---') ? 0 : rest.indexOf('\n---');
  if (close === -1) return { yaml: null, yamlStartLine: 1, body: text };
  const yaml = rest.slice(0, close);
  const after = rest.slice(close === 0 ? 3 : close + 4);
  const lineEnd = after.indexOf('\n');
  const closingLineRest = lineEnd === -1 ? after : after.slice(0, lineEnd);
  return {
    yaml,
    yamlStartLine: 2,
    body: lineEnd === -1 ? '' : after.slice(lineEnd + 1),
    // Only spaces and tabs are blank: remark-frontmatter, which the check's
    // body parse uses, closes on nothing else (a no-break space would make it
    // read the whole file as front matter while gray-matter reads a body).
    ...(/^[ \t]*$/.test(closingLineRest) ? {} : { closingLineRest, closingLine: 2 + (yaml ? yaml.split('\n').length : 0) }),
  };
}

/**
 * The first line of a file whose field block is written in something other
 * than YAML: `---js`, `--- coffee` (gray-matter's language after the fence),
 * `;;;` (JSON front matter), `+++` (TOML), a bare `{`. Null for YAML or no block.
 */
export function foreignFrontmatterFence(source: string): string | null {
  const text = source.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  // Anything but spaces and tabs after the dashes: gray-matter takes it as a
  // language name, or (a no-break space, which it trims) as YAML that
  // remark-frontmatter would not see as front matter.
  if (/^---(?!-)[ \t]*[^ \t]/.test(firstLine)) return withVisibleSpaces(firstLine.trimEnd() === '---' ? firstLine : firstLine.trim());
  if (/^(;;;|\+\+\+)[ \t]*\S*[ \t]*$/.test(firstLine)) return firstLine.trim();
  if (/^\{/.test(firstLine)) return firstLine.trim().slice(0, 40);
  return null;
}

/** Invisible characters other than a plain space written as \uXXXX, so the editor sees what is there. */
export function withVisibleSpaces(text: string): string {
  return text.replace(/[^\S ]|[\u200b-\u200f\u2060\ufeff]/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}

export interface ParsedFrontmatter {
  readonly data: Record<string, unknown>;
  readonly document: Document | null;
  readonly yamlStartLine: number;
  readonly body: string;
  /** YAML syntax errors with their 1-based line in the file. */
  readonly errors: readonly { line: number; message: string }[];
}

export function parseFrontmatter(source: string): ParsedFrontmatter {
  const split = splitFrontmatter(source);
  if (split.yaml === null) {
    return { data: {}, document: null, yamlStartLine: 1, body: split.body, errors: [] };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(split.yaml, { prettyErrors: false, uniqueKeys: true, lineCounter });
  rejectReferences(document);
  const errors = document.errors.map((e) => ({
    line: lineCounter.linePos(e.pos[0]).line + split.yamlStartLine - 1,
    message: e.message,
  }));
  const value: unknown = errors.length ? {} : document.toJS();
  const data = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return { data, document, yamlStartLine: split.yamlStartLine, body: split.body, errors };
}

/**
 * YAML's anchors (&name) and aliases (*name) are never what an editor means:
 * `title: *Новинка*` is an alias to nothing (toJS() then throws), and
 * `title: &Важно уборка` silently drops «Важно». Report both as YAML errors
 * (code BAD_ALIAS), so the checker explains them like any other YAML mistake.
 */
function rejectReferences(document: Document): void {
  visit(document, (_key, node) => {
    if (isAlias(node) || (node && typeof node === 'object' && 'anchor' in node && node.anchor)) {
      const start = (node as { range?: [number, number, number] }).range?.[0] ?? 0;
      document.errors.push(new YAMLParseError([start, start + 1], 'BAD_ALIAS', 'Anchors and aliases are not allowed in frontmatter'));
    }
  });
}
