import type { Node, Point, Position } from 'unist';
import type { VFile } from 'vfile';

/**
 * How the body checks report, the way remark-lint rules do: each problem is a
 * vfile message with a place, a `ruleId`, what was found (`actual`) and what
 * is expected, and `fatal` for an error. Checks never throw for content; the
 * page pipeline (failOnProblems) and check:content decide what to do.
 */

/** `source` of every message our checks make, so other plugins' messages are never taken for ours. */
export const CHECK_SOURCE = 'content-check';

/** Every rule with the place the editor reads in front of its message. */
const RULES = {
  'post-fragment': 'ссылка',
  'page-fragment': 'ссылка',
  'unpublished-post': 'ссылка',
  'image-source': 'картинка',
  'image-alt': 'картинка',
  'img-tag-alt': 'картинка',
  'missing-post': 'ссылка',
  'post-file-link': 'ссылка',
  'placeholder': 'плейсхолдер',
  'body-size': 'текст',
  'heading-count': 'подзаголовки',
  'howto-steps': 'разделы',
} as const satisfies Record<string, string>;

export type RuleId = keyof typeof RULES;

/**
 * The order check:content has always listed a post's body problems in (the
 * checks that once ran before the page plugins first); rules in one group
 * keep the order they were found in, as one image's address and alt do.
 * (Raw <img> tags were looked at after every Markdown image.)
 */
const ORDER: readonly (readonly RuleId[])[] = [
  ['post-fragment', 'page-fragment'],
  ['unpublished-post'],
  ['image-source', 'image-alt'],
  ['img-tag-alt'],
  ['missing-post', 'post-file-link'],
  ['placeholder'],
  ['body-size', 'heading-count', 'howto-steps'],
];
const RANK = new Map(ORDER.flatMap((group, rank) => group.map((id) => [id, rank] as const)));

export type ContentMessage = VFile['messages'][number];

export interface CheckReport {
  readonly ruleId: RuleId;
  /** What is wrong, in Russian: the message's `reason`. */
  readonly message: string;
  /** The value as the editor wrote it. */
  readonly actual?: string;
  /** What is expected, in Russian. */
  readonly expected?: string;
  readonly severity: 'error' | 'warning';
}

/** Reports one problem at a node or a place (or the whole file, when it has neither). */
export function report(file: VFile, at: Node | Position | Point | number | undefined, problem: CheckReport): ContentMessage {
  const place = typeof at === 'number' ? { line: at, column: 1 } : at && 'type' in at ? at.position : at;
  const message = file.message(problem.message, { place, ruleId: problem.ruleId, source: CHECK_SOURCE });
  message.fatal = problem.severity === 'error';
  if (problem.actual !== undefined) message.actual = problem.actual;
  if (problem.expected !== undefined) message.expected = [problem.expected];
  return message;
}

export function isRuleId(id: string | undefined): id is RuleId {
  return id !== undefined && Object.hasOwn(RULES, id);
}

/** The editor's name for the place a rule looks at ("ссылка"). */
export function fieldOf(ruleId: RuleId): string {
  return RULES[ruleId];
}

/** Our checks' messages of a file, errors and warnings, in the order the editor reads them. */
export function contentMessages(file: VFile): ContentMessage[] {
  const ours = file.messages.filter((message) => message.source === CHECK_SOURCE && isRuleId(message.ruleId ?? undefined));
  const rank = (message: ContentMessage) => RANK.get(message.ruleId as RuleId) ?? ORDER.length;
  // Array#sort is stable: within a rule, the order the check found them in.
  return ours.sort((a, b) => rank(a) - rank(b));
}
