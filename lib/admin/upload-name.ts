import { rawTagSlug } from '../content/tag-slug';

/** «Кухня после уборки.JPG» → kuhnya-posle-uborki.jpg; a name with nothing to transliterate becomes image.<ext>. */
export function latinUploadName(name: string): string {
  const dot = name.lastIndexOf('.');
  const [base, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot + 1)] : [name, ''];
  const slug = rawTagSlug(base) || 'image';
  const ext = extension.toLowerCase().replace(/[^a-z0-9]/g, '');
  return ext ? `${slug}.${ext}` : slug;
}
