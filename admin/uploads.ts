/**
 * Uploaded pictures get Latin file names: Decap lowercases a file's name and,
 * with the ascii slug encoding, replaces every Cyrillic letter by a hyphen
 * («Кухня.jpg» → «-----.jpg»). Before Decap's own handler sees the chosen
 * file, it is renamed with the transliteration used for posts and tags.
 */
import { latinUploadName } from '../lib/admin/upload-name';

export function renameUploadsToLatin(document: Document): void {
  document.addEventListener(
    'change',
    (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files?.length) return;
      const files = [...input.files];
      if (files.every((file) => latinUploadName(file.name) === file.name)) return;
      const renamed = new DataTransfer();
      for (const file of files) renamed.items.add(new File([file], latinUploadName(file.name), { type: file.type, lastModified: file.lastModified }));
      input.files = renamed.files;
    },
    // Capture, on the document: before React's listener on its root reads the files.
    true,
  );
}
