/**
 * What happens to a picture the editor picks, before Decap's own handler
 * sees it (a capture listener on the document runs before React's on its root):
 * - a file check:content would refuse (format, size: lib/content/image-file.ts)
 *   is refused here with the checker's message; what it only warns about
 *   (an original over 5 MB) is let through, and check:content warns;
 * - the rest get Latin file names: Decap lowercases a name and, with the
 *   ascii slug encoding, replaces each Cyrillic letter by a hyphen
 *   («Кухня.jpg» → «-----.jpg»); we transliterate as for posts and tags.
 */
import { latinUploadName } from '../lib/admin/upload-name';
import { imageFileProblem } from '../lib/content/image-file';

export function renameUploadsToLatin(document: Document): void {
  document.addEventListener(
    'change',
    (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files?.length) return;
      const files = [...input.files];
      const refused = files.map((file) => ({ file, problem: imageFileProblem(file.name, file.size) })).find(({ problem }) => problem?.severity === 'error');
      if (refused?.problem) {
        event.stopImmediatePropagation();
        input.value = '';
        window.alert(`«${refused.file.name}»: ${refused.problem.message}; ожидается ${refused.problem.expected}`);
        return;
      }
      if (files.every((file) => latinUploadName(file.name) === file.name)) return;
      const renamed = new DataTransfer();
      for (const file of files) renamed.items.add(new File([file], latinUploadName(file.name), { type: file.type, lastModified: file.lastModified }));
      input.files = renamed.files;
    },
    true,
  );
}
