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

/**
 * Larger originals get a warning: the build makes small copies for readers
 * (build/images/), but the original still sits in the repository, is what a
 * social network fetches for the card, and slows every clone and upload.
 */
export const LARGE_IMAGE_BYTES = 5 * 1024 * 1024;

/**
 * The hero's widest slot: the post column is 768 CSS px from a 1024 px
 * viewport up (components/PostArticle.tsx, POST_COLUMN_SIZES), and a laptop
 * or phone screen has 2 device pixels per CSS pixel, so 1536 px. (Between
 * 768 and 1023 px of viewport the column is up to 975 px, but that is a
 * tablet in landscape; the widest copy the build offers is 1600 px anyway.)
 * A narrower original is stretched, and looks soft, on such screens.
 */
export const MIN_HERO_WIDTH = 768 * 2;

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
  if (bytes > LARGE_IMAGE_BYTES) {
    return {
      message: `файл картинки весит ${megabytes(bytes)} МБ`,
      expected: `не больше ${megabytes(LARGE_IMAGE_BYTES)} МБ: читатели получат уменьшенную копию, но оригинал хранится в репозитории и уходит в соцсети; уменьшите фотографию до 3000–4000 пикселей по длинной стороне`,
      severity: 'warning',
    };
  }
  return null;
}

/** Formats whose pixel width the hero's slot can be checked against (vector SVG fits any slot). */
const RASTER = /\.(?:jpe?g|png|webp|avif|gif)$/i;

/** A hero original narrower than its widest slot (MIN_HERO_WIDTH), or null. */
export function heroWidthProblem(fileName: string, width: number): ImageSourceProblem | null {
  if (!RASTER.test(fileName) || width >= MIN_HERO_WIDTH) return null;
  return {
    message: `обложка шириной ${width} пикселей: на экранах ноутбуков и телефонов она будет растянута и размыта`,
    expected: `обложка шириной не меньше ${MIN_HERO_WIDTH} пикселей (колонка статьи ${MIN_HERO_WIDTH / 2} точек на экране с двойной плотностью)`,
    severity: 'warning',
  };
}
