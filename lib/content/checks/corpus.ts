import path from 'node:path';
import { slugFromFilePath } from '../paths';
import type { ContentProblem } from '../problems';
import type { SourceFile } from '../validate';

/**
 * check:content's checks between posts that need only the file names. The
 * keywords' tag collisions are in ../keyword-checks.ts, with the other rules
 * for tags.
 */

/** Slugs that become the same URL once case and Unicode normalisation are ignored. */
function slugKey(slug: string): string {
  return slug.normalize('NFC').toLowerCase();
}

export function checkDuplicateSlugs(files: readonly SourceFile[]): ContentProblem[] {
  const groups = new Map<string, SourceFile[]>();
  for (const file of files) {
    const key = slugKey(slugFromFilePath(file.filePath));
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  const problems: ContentProblem[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const file of group) {
      const slug = slugFromFilePath(file.filePath);
      const others = group.filter((other) => other !== file);
      const exact = others.every((other) => slugFromFilePath(other.filePath) === slug);
      problems.push({
        file: file.filePath,
        field: 'имя файла',
        value: path.posix.basename(file.filePath.replace(/\\/g, '/')),
        message: `адрес статьи /blog/${slug}/ совпадает с адресом ${others.map((o) => o.filePath).join(', ')}${
          exact ? '' : ' (имена различаются только заглавными буквами или способом записи букв)'
        }`,
        expected: 'своё имя файла у каждой статьи',
        severity: 'error',
      });
    }
  }
  return problems;
}
