/**
 * What a picture file in public/ may be: one rule for check:content (heroes
 * and images in the text, lib/content/image-source.ts) and for the admin,
 * which refuses an upload the checker would refuse (admin/uploads.ts).
 * Pure (a name and a size), so the admin's browser bundle can run it.
 */
import type { ImageSourceProblem } from './image-source';

/** Formats every browser the site serves shows in an <img>. */
export const IMAGE_FORMATS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'svg'] as const;

/**
 * Larger originals are refused: a phone photo is 3–8 MB, and the admin
 * commits an upload through GitHub's API as base64 in one request.
 */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toLocaleString('ru-RU', { maximumFractionDigits: 1 });

export function imageFileProblem(fileName: string, bytes: number): ImageSourceProblem | null {
  const extension = /\.([^./]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (!(IMAGE_FORMATS as readonly string[]).includes(extension)) {
    return {
      message: extension ? `картинка в формате .${extension}, который браузеры не показывают` : 'у файла картинки нет расширения',
      expected: `файл ${IMAGE_FORMATS.map((format) => `.${format}`).join(', ')}`,
      severity: 'error',
    };
  }
  if (bytes > MAX_IMAGE_BYTES) {
    return {
      message: `файл картинки весит ${megabytes(bytes)} МБ`,
      expected: `не больше ${megabytes(MAX_IMAGE_BYTES)} МБ: уменьшите фотографию перед загрузкой`,
      severity: 'error',
    };
  }
  return null;
}
