import { imageFileProblem } from './image-file';
import { IMAGE_ADDRESS_EXPECTED } from './model';

/**
 * What an image address may be, for the hero (frontmatter) and for images in
 * the text alike: an http(s) address on a host the CSP allows, or a file that
 * exists under public/. Whether the file exists is asked of the caller
 * (./public-files.ts on disk), so this rule, and the markdown pipeline that
 * uses it, has no Node-only import and also runs in the admin's browser preview.
 */

/** The file under public/ a site path such as /images/x.jpg names (its path and size), or null when there is none. */
export type PublicFileLookup = (src: string) => { readonly file: string; readonly bytes: number } | null;

export interface ImageSourceProblem {
  readonly message: string;
  readonly expected: string;
  readonly severity: 'error' | 'warning';
}

/** What is wrong with an image address (hero or body), or null. */
export function imageSourceProblem(src: string, publicFile: PublicFileLookup, imageOrigins: readonly string[]): ImageSourceProblem | null {
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
  const found = publicFile(src);
  if (found) return imageFileProblem(found.file, found.bytes);
  return { message: 'такого файла нет в папке public', expected: 'путь к существующему файлу в public, например /images/bank-card.jpg', severity: 'error' };
}
