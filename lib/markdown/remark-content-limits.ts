import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { CONTENT_LIMITS, type ContentLimits, type Limit } from '../content/limits';
import type { ContentProblem } from '../content/problems';
import { report, type RuleId } from './checks/messages';

type Problem = Omit<ContentProblem, 'file'>;

export interface ContentLimitsOptions {
  /** CONTENT_LIMITS when absent. */
  readonly limits?: ContentLimits;
}

export interface BodyMeasures {
  readonly bodyBytes: number;
  /** Lines of the headings that become contents entries, in order. */
  readonly headingLines: readonly number[];
  /** Lines of the `##` headings whose sections become HowTo steps, in order. */
  readonly stepLines: readonly number[];
}

/** Nodes that leave nothing on the page where they stand. */
function isInvisible(node: RootContent): boolean {
  return (
    node.type === 'yaml' ||
    node.type === 'definition' ||
    node.type === 'footnoteDefinition' ||
    (node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value))
  );
}

/** A paragraph with text, however deep, lists aside: what makes a section a step (see rehypeOutline's firstParagraph). */
function hasProse(nodes: readonly RootContent[]): boolean {
  return nodes.some((node) => {
    if (node.type === 'paragraph') return toString(node, { includeImageAlt: false }).trim() !== '';
    if (node.type === 'list' || !('children' in node)) return false;
    return hasProse(node.children as RootContent[]);
  });
}

/**
 * What the limits are about, read from the markdown tree. The page's own
 * outline (rehypeOutline) is read later from HTML, where raw `<h2>` tags count
 * too; it caps its lists at the error limits, so the two never need to agree
 * exactly for the page to stay small.
 */
export function measureBody(tree: Root, file: VFile): BodyMeasures {
  const text = String(file.value ?? '');
  const first = tree.children[0];
  const bodyStart = first?.type === 'yaml' ? (first.position?.end.offset ?? 0) : 0;
  // Trimmed, so the whole file (check:content) and Contentlayer's body.raw (a page) measure the same.
  const bodyBytes = Buffer.byteLength(text.slice(bodyStart).trim());

  // The body's leading `#` heading is the page's headline, not a contents entry (rehypeHeadline).
  const leading = tree.children.find((node) => !isInvisible(node));
  const headline = leading?.type === 'heading' && leading.depth === 1 ? leading : null;
  const headingLines: number[] = [];
  visit(tree, (node) => {
    // Footnotes end up in their own section, which the contents skip.
    if (node.type === 'footnoteDefinition') return SKIP;
    if (node.type === 'heading' && node !== headline && (node as Heading).depth <= 3) {
      headingLines.push(node.position?.start.line ?? 0);
    }
    return undefined;
  });

  const stepLines: number[] = [];
  let section: { line: number; nodes: RootContent[] } | null = null;
  const close = () => {
    if (section && hasProse(section.nodes)) stepLines.push(section.line);
  };
  for (const node of tree.children) {
    // Later `#` headings become h2 on the page, so they open sections too.
    if (node.type === 'heading' && node !== headline && node.depth <= 2) {
      close();
      section = { line: node.position?.start.line ?? 0, nodes: [] };
    } else section?.nodes.push(node);
  }
  close();
  return { bodyBytes, headingLines, stepLines };
}

const kb = (bytes: number) => Math.ceil(bytes / 1024);

type Severity = Problem['severity'];
type Text = Pick<Problem, 'message' | 'expected'>;

/** The editor's words for each limit: (limit, measured, warning limit) → message and advice. */
const TEXTS: Readonly<Record<keyof ContentLimits, { field: string; ruleId: RuleId } & Record<Severity, (limit: number, count: number, warning: number) => Text>>> = {
  bodyBytes: {
    field: 'текст',
    ruleId: 'body-size',
    warning: (limit, bytes) => ({
      message: `текст статьи больше ${kb(limit)} КБ (${kb(bytes)} КБ)`,
      expected: `до ${kb(limit)} КБ: такую длинную статью трудно читать, и страница грузится медленно; разделите её на несколько статей со ссылками друг на друга`,
    }),
    error: (limit, bytes, warning) => ({
      message: `текст статьи больше ${kb(limit)} КБ (${kb(bytes)} КБ), такую статью сайт не публикует`,
      expected: `до ${kb(warning)} КБ: разделите статью на несколько статей со ссылками друг на друга`,
    }),
  },
  headings: {
    field: 'подзаголовки',
    ruleId: 'heading-count',
    warning: (limit, count) => ({
      message: `подзаголовков ## и ### больше ${limit} (${count}): оглавление статьи получится длиннее, чем её удобно читать`,
      expected: `до ${limit} подзаголовков: объедините мелкие разделы или разделите статью на несколько`,
    }),
    error: (limit, count, warning) => ({
      message: `подзаголовков ## и ### больше ${limit} (${count}), такую статью сайт не публикует`,
      expected: `до ${warning} подзаголовков: объедините мелкие разделы или разделите статью на несколько`,
    }),
  },
  howToSteps: {
    field: 'разделы',
    ruleId: 'howto-steps',
    warning: (limit, count) => ({
      message: `шагов инструкции HowTo (разделов ## с текстом) больше ${limit} (${count}): поисковикам и читателям трудно следовать такой инструкции`,
      expected: `до ${limit} разделов ##: объедините мелкие разделы или сделайте их подразделами ###`,
    }),
    error: (limit, count, warning) => ({
      message: `шагов инструкции HowTo (разделов ## с текстом) больше ${limit} (${count}), такую статью сайт не публикует`,
      expected: `до ${warning} разделов ##: объедините мелкие разделы или сделайте их подразделами ###`,
    }),
  },
};

function over(limit: Limit, count: number): Severity | null {
  return count > limit.error ? 'error' : count > limit.warning ? 'warning' : null;
}

/**
 * Problems of one post's size; each kind reported once, as an error or a
 * warning, at the line of the first heading past the limit (the body has none).
 */
export function limitProblems(measures: BodyMeasures, limits: ContentLimits = CONTENT_LIMITS): Problem[] {
  const counts: Record<keyof ContentLimits, { count: number; lines?: readonly number[] }> = {
    bodyBytes: { count: measures.bodyBytes },
    headings: { count: measures.headingLines.length, lines: measures.headingLines },
    howToSteps: { count: measures.stepLines.length, lines: measures.stepLines },
  };
  return (Object.keys(TEXTS) as (keyof ContentLimits)[]).flatMap((kind): Problem[] => {
    const { count, lines } = counts[kind];
    const severity = over(limits[kind], count);
    if (!severity) return [];
    const limit = limits[kind][severity];
    const line = lines?.[limit];
    return [
      {
        ...(line ? { line } : {}),
        field: TEXTS[kind].field,
        ...TEXTS[kind][severity](limit, count, limits[kind].warning),
        severity,
      },
    ];
  });
}

/**
 * Reports a post that is too big: too long a body, too many contents entries
 * or HowTo steps. check:content and the page pipeline run it on the same
 * markdown tree, so a post the check passes is a page that renders.
 */
export const remarkContentLimits: Plugin<[ContentLimitsOptions?], Root> = (options) => (tree, file) => {
  for (const problem of limitProblems(measureBody(tree, file), options?.limits)) {
    const { ruleId } = Object.values(TEXTS).find((text) => text.field === problem.field)!;
    report(file, problem.line, { ruleId, message: problem.message, expected: problem.expected, severity: problem.severity });
  }
};
