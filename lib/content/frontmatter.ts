import { isAlias, LineCounter, parseDocument, visit, YAMLParseError, type Document } from 'yaml';

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
}

// The YAML block may be empty (`---` right after `---`), as remark-frontmatter accepts.
const FENCE = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

export function splitFrontmatter(source: string): FrontmatterSource {
  const text = source.replace(/^\uFEFF/, '');
  const m = FENCE.exec(text);
  if (!m) return { yaml: null, yamlStartLine: 1, body: text };
  return { yaml: m[1] ?? '', yamlStartLine: 2, body: text.slice(m[0].length) };
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
