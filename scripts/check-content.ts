/**
 * `npm run check:content`: checks every post in content/blog (or the folder
 * given as the first argument) and lists every problem at once, in Russian,
 * as `file:line field: «value» — what is wrong; expected`. Exits 1 when there
 * is an error; warnings alone pass. Reads the files directly: no Next build,
 * no Contentlayer, so it answers in well under two seconds. Every file in the
 * folder is looked at: symlinks are refused and files the site will not
 * publish are named (lib/content/content-files.ts).
 *
 *   tsx scripts/check-content.ts [content-dir] [--public <dir>]
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCatalog } from '../lib/content/catalog';
import { readContentFolder } from '../lib/content/content-files';
import { formatAnnotation, formatProblem, type ContentProblem } from '../lib/content/problems';
import { validateCorpus } from '../lib/content/validate';
import { internalOrigins } from '../lib/site';

const DEFAULT_CONTENT_DIR = 'content/blog';
const DEFAULT_PUBLIC_DIR = 'public';

const plural = new Intl.PluralRules('ru-RU');

/** "4 статьи", "1 ошибка", "5 предупреждений". */
export function countOf(n: number, forms: { one: string; few: string; many: string }): string {
  const rule = plural.select(n);
  return `${n} ${rule === 'one' ? forms.one : rule === 'few' ? forms.few : forms.many}`;
}

export function summaryLine(posts: number, errors: number, warnings: number): string {
  const verb = plural.select(posts) === 'one' ? 'Проверена' : 'Проверено';
  return `${verb} ${countOf(posts, { one: 'статья', few: 'статьи', many: 'статей' })}: ${countOf(errors, {
    one: 'ошибка',
    few: 'ошибки',
    many: 'ошибок',
  })}, ${countOf(warnings, { one: 'предупреждение', few: 'предупреждения', many: 'предупреждений' })}.`;
}

/** Errors first, then warnings; within each, by file and line. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  const rank = (p: ContentProblem) => (p.severity === 'error' ? 0 : 1);
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...problems].sort(
    (a, b) => rank(a) - rank(b) || byText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
}

/** The path an editor sees: relative to the repository root, with forward slashes. */
function editorPath(file: string): string {
  return path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/');
}

export interface Options {
  readonly contentDir: string;
  readonly publicDir: string;
}

function readOptions(argv: readonly string[]): Options {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { public: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length > 1) throw new Error(`лишние аргументы: ${positionals.slice(1).join(' ')}`);
  return { contentDir: positionals[0] ?? DEFAULT_CONTENT_DIR, publicDir: values.public ?? DEFAULT_PUBLIC_DIR };
}

/** Every problem of every file in the folder, sorted: what the command prints. */
export function checkFolder(options: Options): { postCount: number; problems: ContentProblem[] } {
  const folder = readContentFolder(options.contentDir, editorPath);
  const problems = sortProblems([
    ...folder.problems,
    ...validateCorpus(folder.posts, {
      catalog: buildCatalog(folder.posts),
      siteOrigins: internalOrigins,
      publicDir: options.publicDir,
    }),
  ]);
  return { postCount: folder.postCount, problems };
}

export function main(argv: readonly string[]): number {
  let options: Options;
  try {
    options = readOptions(argv);
  } catch (error) {
    console.error(`check-content: ${error instanceof Error ? error.message : String(error)}`);
    console.error('Запуск: npm run check:content -- [папка со статьями] [--public <папка public>]');
    return 2;
  }
  if (!statSync(options.contentDir, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`Папки ${options.contentDir} нет: проверять нечего.`);
    return 1;
  }
  const { postCount, problems } = checkFolder(options);
  for (const problem of problems) console.error(formatProblem(problem));
  // On GitHub, also annotate the lines of the pull request itself.
  if (process.env.GITHUB_ACTIONS === 'true') for (const problem of problems) console.log(formatAnnotation(problem));
  const errors = problems.filter((p) => p.severity === 'error').length;
  console.error(summaryLine(postCount, errors, problems.length - errors));
  return errors > 0 ? 1 : 0;
}

// Run only as a script, so tests can import the helpers above.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
