import { lstatSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from './problems';
import { decodeSource } from './source-text';

/**
 * Which files in content/blog become posts, decided once for the check and
 * matched to what Contentlayer publishes. Contentlayer (contentlayer.config.ts:
 * filePathPattern 'blog/**\/*.md') finds files with fast-glob, which follows
 * symlinks, skips names starting with a dot and matches `.md` case-sensitively;
 * everything else it skips without a word. So here:
 * - a post is a regular file whose name ends in `.md`, in no hidden folder;
 * - a symlink is refused: Contentlayer would publish what it points to, which
 *   may sit outside the repository and outside the check;
 * - every other file is reported as not published, with the reason.
 */
export type ContentFile =
  | { readonly kind: 'post'; readonly file: string }
  | { readonly kind: 'symlink'; readonly file: string }
  | { readonly kind: 'unpublished'; readonly file: string; readonly reason: string };

const POST_EXTENSION = '.md';

/** Why Contentlayer will not publish a file of this name, or null when it will. */
export function unpublishedReason(name: string): string | null {
  if (name.startsWith('.')) return 'имя начинается с точки: такие файлы скрыты, и сайт их не публикует';
  if (name.endsWith(POST_EXTENSION)) return null;
  if (/\.md\s+$/i.test(name)) return 'после «.md» в имени файла стоит пробел, и сайт не узнаёт в нём статью';
  if (/\.md$/i.test(name)) return 'расширение написано заглавными буквами, а сайт публикует только файлы .md';
  if (/\.(markdown|mdown|mkd|mdx|txt)$/i.test(name)) return 'статьи публикуются только из файлов с расширением .md';
  return 'это не статья: в папке статей публикуются только файлы .md';
}

function kindOfEntry(entry: Dirent, full: string): 'dir' | 'file' | 'symlink' | 'other' {
  if (entry.isSymbolicLink()) return 'symlink';
  if (entry.isDirectory()) return 'dir';
  if (entry.isFile()) return 'file';
  // Some file systems report DT_UNKNOWN: ask lstat.
  const stat = lstatSync(full, { throwIfNoEntry: false });
  if (stat?.isSymbolicLink()) return 'symlink';
  if (stat?.isDirectory()) return 'dir';
  return stat?.isFile() ? 'file' : 'other';
}

/** Every file under `dir`, sorted, each with what the site will do with it. Symlinks are never followed. */
export function scanContentFolder(dir: string): ContentFile[] {
  const out: ContentFile[] = [];
  const walk = (current: string, hiddenFolder: string | null) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      const kind = kindOfEntry(entry, full);
      if (kind === 'symlink') out.push({ kind: 'symlink', file: full });
      else if (kind === 'dir') walk(full, hiddenFolder ?? (entry.name.startsWith('.') ? entry.name : null));
      else if (kind === 'other') out.push({ kind: 'unpublished', file: full, reason: 'это не обычный файл' });
      else if (hiddenFolder) {
        out.push({ kind: 'unpublished', file: full, reason: `файл лежит в скрытой папке «${hiddenFolder}», а сайт такие папки не публикует` });
      } else {
        const reason = unpublishedReason(entry.name);
        out.push(reason ? { kind: 'unpublished', file: full, reason } : { kind: 'post', file: full });
      }
    }
  };
  if (statSync(dir, { throwIfNoEntry: false })?.isDirectory()) walk(dir, null);
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The files of `dir` that become posts. */
export function listMarkdownFiles(dir: string): string[] {
  return scanContentFolder(dir).flatMap((entry) => (entry.kind === 'post' ? [entry.file] : []));
}

/** A symlink or a file that will not be published, as the editor reads it; null for a post. */
export function contentFileProblem(entry: ContentFile, editorPath: string): ContentProblem | null {
  if (entry.kind === 'post') return null;
  const field = 'файл';
  const value = path.posix.basename(editorPath);
  if (entry.kind === 'symlink') {
    return {
      file: editorPath,
      field,
      value,
      message: 'символьные ссылки в папке статей не допускаются: сайт опубликовал бы то, на что ссылка указывает, минуя проверку',
      expected: 'сам файл или папка вместо ссылки на них',
      severity: 'error',
    };
  }
  return {
    file: editorPath,
    field,
    value,
    message: `файл не будет опубликован: ${entry.reason}`,
    expected: 'статья в файле с расширением .md, например kak-ubrat-kvartiru.md, или файл в другой папке',
    severity: 'warning',
  };
}

export type ReadPost = { readonly source: string; readonly problem?: undefined } | { readonly source?: undefined; readonly problem: ContentProblem };

/** A post's text as every stage reads it (see source-text.ts), or the problem that keeps it from being read. */
export function readPostSource(file: string, editorPath: string): ReadPost {
  const decoded = decodeSource(readFileSync(file));
  if (decoded.text !== undefined) return { source: decoded.text };
  const { line, message, expected } = decoded.problem;
  return { problem: { file: editorPath, line, field: 'кодировка', message, expected, severity: 'error' } };
}

export interface ContentFolder {
  /** The posts that could be read, with the paths editors see. */
  readonly posts: readonly { readonly filePath: string; readonly source: string }[];
  /** Post files, the unreadable ones included: what the check's summary counts. */
  readonly postCount: number;
  /** Symlinks, files that will not be published, files that are not UTF-8. */
  readonly problems: readonly ContentProblem[];
}

/**
 * Everything in a content folder as the check sees it. A file that cannot be
 * read as UTF-8 gets that one problem and no others: they would only quote mojibake.
 */
export function readContentFolder(dir: string, editorPath: (file: string) => string): ContentFolder {
  const entries = scanContentFolder(dir);
  const problems: ContentProblem[] = entries.flatMap((entry) => contentFileProblem(entry, editorPath(entry.file)) ?? []);
  const posts: { filePath: string; source: string }[] = [];
  let postCount = 0;
  for (const entry of entries) {
    if (entry.kind !== 'post') continue;
    postCount++;
    const filePath = editorPath(entry.file);
    const read = readPostSource(entry.file, filePath);
    if (read.source !== undefined) posts.push({ filePath, source: read.source });
    else problems.push(read.problem);
  }
  return { posts, postCount, problems };
}
