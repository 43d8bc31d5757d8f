import { statSync } from 'node:fs';
import path from 'node:path';
import type { PublicFileLookup } from './image-source';

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

/** The check:content side of ./image-source.ts: the file a site path names under publicDir, with its size. */
export function publicFileLookup(publicDir: string): PublicFileLookup {
  return (src) => {
    const file = localImageFile(src, publicDir);
    const stats = file ? statSync(file, { throwIfNoEntry: false }) : undefined;
    return file && stats?.isFile() ? { file, bytes: stats.size } : null;
  };
}
