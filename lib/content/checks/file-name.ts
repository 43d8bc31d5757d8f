import { slugify } from 'transliteration';
import { SLUG_RULE } from '../slug-list';
import type { Problem } from './fields';

/** The file name is the post's address (/blog/<name>/): check:content holds it to URL-safe characters (the slug rule a redirectFrom is held to, too). */
export const URL_SAFE_NAME = new RegExp(`${SLUG_RULE.source.slice(0, -1)}\\.md$`);

/** "plohoe-imya.md" for "Плохое Имя.md", or '' when nothing Latin can be made of it. */
export function suggestedFileName(fileName: string): string {
  const base = fileName.replace(/\.md$/i, '').normalize('NFC');
  const slug = slugify(base, { lowercase: true, separator: '-', allowedChars: 'a-zA-Z0-9' });
  return slug ? `${slug}.md` : '';
}

/** Names the kinds of characters that make a file name unusable as a URL. */
function nameFaults(fileName: string): string[] {
  const base = fileName.replace(/\.md$/i, '').normalize('NFC');
  const faults: string[] = [];
  if (/[а-яё]/i.test(base)) faults.push('кириллица');
  if (/\s/.test(base)) faults.push('пробелы');
  if (/[A-Z]/.test(base)) faults.push('заглавные буквы');
  if (/_/.test(base)) faults.push('подчёркивания');
  if (/--|^-|-$/.test(base)) faults.push('лишние дефисы');
  const others = [...new Set(base.replace(/[a-z0-9\-_\sа-яё]/gi, ''))];
  if (others.length) faults.push(`символы ${others.map((c) => `«${c}»`).join(' ')}`);
  if (!/\.md$/.test(fileName)) faults.push('расширение не .md');
  return faults;
}

/** Problems with a post's file name; takes a path or a bare name (the admin checks the name it is about to write). */
export function checkFileName(filePath: string): Problem[] {
  // Not node:path: the admin's bundle (admin/) runs this rule in the browser.
  const fileName = filePath.replace(/\\/g, '/').split('/').pop() ?? '';
  if (URL_SAFE_NAME.test(fileName)) return [];
  const suggestion = suggestedFileName(fileName);
  return [
    {
      field: 'имя файла',
      value: fileName,
      message: `имя файла становится адресом статьи, а в нём ${nameFaults(fileName).join(', ')}`,
      expected: suggestion
        ? `только строчные латинские буквы, цифры и одиночные дефисы: переименуйте файл в ${suggestion}`
        : 'только строчные латинские буквы, цифры и одиночные дефисы, например kak-ubrat-kvartiru.md',
      severity: 'error',
    },
  ];
}
