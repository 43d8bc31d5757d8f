import type { VFile } from 'vfile';
import { fieldOf, isRuleId } from '../markdown/checks/messages';

type VFileMessage = VFile['messages'][number];

/**
 * A problem found in an editor's file. Every check (frontmatter, links,
 * structured data) reports in this one shape, so the build can list all of
 * them at once in the form `file:line field: «value» — what is wrong; expected`.
 */
export interface ContentProblem {
  /** Path as the editor sees it in the repository, e.g. content/blog/x.md. */
  readonly file: string;
  readonly line?: number;
  /** The frontmatter field, or a short name for the place in the body ("ссылка"). */
  readonly field: string;
  /** The value as written, when there is one. */
  readonly value?: string;
  /** What is wrong, in Russian. */
  readonly message: string;
  /** What is expected, in Russian. */
  readonly expected?: string;
  readonly severity: 'error' | 'warning';
}

/**
 * A body check's vfile message (lib/markdown/checks) as the editor reads it:
 * the rule names the place, `actual` is the value, the first `expected` what
 * is expected. Keys without a value are left out, not set to undefined.
 */
export function problemFromMessage(file: string, message: VFileMessage): ContentProblem {
  const ruleId = message.ruleId ?? undefined;
  const expected = message.expected?.[0];
  return {
    file,
    ...(message.line ? { line: message.line } : {}),
    field: isRuleId(ruleId) ? fieldOf(ruleId) : (ruleId ?? 'текст'),
    ...(message.actual !== undefined ? { value: message.actual } : {}),
    message: message.reason,
    ...(expected !== undefined ? { expected } : {}),
    severity: message.fatal ? 'error' : 'warning',
  };
}

export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${where} ${describeProblem(p)}`;
}

/** The problem without its location: `field: «value» — what is wrong; ожидается …`. */
export function describeProblem(p: ContentProblem): string {
  const value = p.value !== undefined ? ` «${p.value}»` : '';
  const expected = p.expected ? `; ожидается ${p.expected}` : '';
  return `${p.field}:${value} — ${p.message}${expected}`;
}

/** Thrown by the rendering pipeline, so a page is never rendered around a problem; it names every problem of the file. */
export class ContentProblemsError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(`\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentProblemsError';
    this.problems = problems;
  }
}

/** GitHub's workflow-command escaping: values lose %, CR and LF; properties also : and ,. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * The problem as a GitHub Actions annotation: on a pull request it appears on
 * the very line of the file the editor changed, not only in the job log.
 */
export function formatAnnotation(p: ContentProblem): string {
  const properties = [`file=${escapeProperty(p.file)}`];
  if (p.line) properties.push(`line=${p.line}`);
  properties.push(`title=${escapeProperty(`Проверка статей: ${p.field}`)}`);
  return `::${p.severity === 'error' ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(describeProblem(p))}`;
}
