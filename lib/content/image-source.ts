import { statSync } from 'node:fs';
import path from 'node:path';
import { imageFileProblem } from './image-file';
import { IMAGE_ADDRESS_EXPECTED } from './model';

/**
 * What an image address may be, for the hero (frontmatter) and for images in
 * the text alike: an http(s) address on a host the CSP allows, or a file that
 * exists under public/.
 */

export interface ImageSourceProblem {
  readonly message: string;
  readonly expected: string;
  readonly severity: 'error' | 'warning';
}

/** A local image path (/images/x.jpg) → the file under publicDir, or null when it leaves publicDir. */
function localImageFile(src: string, publicDir: string): string | null {
  let pathname = src.replace(/[?#].*$/, '');
  try {
    pathname = decodeURIComponent(pathname);
  } catch {
    // A stray % is kept as written; the file will simply not be found.
  }
  const root = path.resolve(publicDir);
  const file = path.resolve(root, `.${pathname}`);
  return file.startsWith(`${root}${path.sep}`) ? file : null;
}

/** What is wrong with an image address (hero or body), or null. */
export function imageSourceProblem(src: string, publicDir: string, imageOrigins: readonly string[]): ImageSourceProblem | null {
  const expected = IMAGE_ADDRESS_EXPECTED;
  if (/^https?:\/\//i.test(src)) {
    if (!URL.canParse(src)) return { message: 'адрес картинки записан с ошибкой', expected, severity: 'error' };
    const { origin } = new URL(src);
    if (imageOrigins.includes(origin)) return null;
    // The page still renders (the box keeps its size and shows the alt text), so it is a warning.
    return {
      message: `браузер не покажет картинку с ${origin}: политика безопасности сайта разрешает картинки только с ${imageOrigins.join(', ')}`,
      expected: `адрес на ${imageOrigins.join(' или ')} или файл в папке public, например /images/bank-card.jpg`,
      severity: 'warning',
    };
  }
  if (!src.startsWith('/') || src.startsWith('//')) {
    return { message: 'не адрес http(s) и не путь от корня сайта', expected, severity: 'error' };
  }
  const file = localImageFile(src, publicDir);
  const stats = file ? statSync(file, { throwIfNoEntry: false }) : undefined;
  if (file && stats?.isFile()) return imageFileProblem(file, stats.size);
  return { message: 'такого файла нет в папке public', expected: 'путь к существующему файлу в public, например /images/bank-card.jpg', severity: 'error' };
}
