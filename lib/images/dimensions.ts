import { readFileSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';

/**
 * Pixel size of an image in public/, read at build time: Open Graph and
 * structured data want width and height, and editors should not have to
 * type them.
 */
export function publicImageSize(
  publicPath: string,
  publicDir: string = path.join(process.cwd(), 'public'),
): { width: number; height: number } | null {
  try {
    const file = path.join(/* turbopackIgnore: true */ publicDir, path.normalize(publicPath).replace(/^[/\\]+/, ''));
    const size = imageSize(readFileSync(file));
    return size.width && size.height ? { width: size.width, height: size.height } : null;
  } catch {
    return null;
  }
}
