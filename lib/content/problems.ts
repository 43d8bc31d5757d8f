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

export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const value = p.value !== undefined ? ` «${p.value}»` : '';
  const expected = p.expected ? `; ожидается ${p.expected}` : '';
  return `${where} ${p.field}:${value} — ${p.message}${expected}`;
}

/** Thrown by the rendering pipeline so Contentlayer fails with every problem of a file. */
export class ContentProblemsError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(`\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentProblemsError';
    this.problems = problems;
  }
}
