import { Parser } from 'htmlparser2';
import type { Html, Image, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { imageSourceProblem, type PublicFileLookup } from '../../content/image-source';
import { report } from './messages';

export interface BodyImagesOptions {
  /** The file under public/ a path like /images/x.jpg names (lib/content/public-files.ts). */
  readonly publicFile: PublicFileLookup;
  /** Origins the site's CSP lets images come from. */
  readonly imageOrigins: readonly string[];
}

/** `<img …>` tags in a raw HTML node that have no alt attribute at all. */
function imgTagsWithoutAlt(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'img' && !('alt' in attributes)) found.push(attributes.src ?? '');
    },
  });
  parser.end(html);
  return found;
}

/**
 * Images in the text: a Markdown image's address gets the hero's checks (the
 * file exists, the host is allowed); an image without a description is a
 * problem for readers who cannot see it. Raw `<img>` tags are only checked for
 * alt: their addresses are the editor's own business, and the guide says so.
 */
const remarkCheckBodyImages: Plugin<[BodyImagesOptions], Root> = (options) => (tree, file) => {
  // One walk: the images in the order they are written, raw <img> tags where they stand.
  visit(tree, (node) => {
    if (node.type === 'image') checkImage(file, node, options);
    else if (node.type === 'html') checkImgTags(file, node);
  });
};

function checkImage(file: VFile, node: Image, options: BodyImagesOptions): void {
  const problem = imageSourceProblem(node.url.trim(), options.publicFile, options.imageOrigins);
  if (problem) report(file, node, { ruleId: 'image-source', actual: node.url, message: problem.message, expected: problem.expected, severity: problem.severity });
  if (!node.alt?.trim()) {
    report(file, node, {
      ruleId: 'image-alt',
      actual: node.url,
      message: 'у картинки нет описания в квадратных скобках',
      expected: 'что на картинке, для тех, кто её не видит: ![Чистая кухня после уборки](/images/kuhnya.jpg)',
      severity: 'warning',
    });
  }
}

function checkImgTags(file: VFile, node: Html): void {
  for (const src of imgTagsWithoutAlt(node.value)) {
    report(file, node, {
      ruleId: 'img-tag-alt',
      actual: src,
      message: 'у тега <img> нет атрибута alt: экранный диктор прочитает вместо описания адрес картинки',
      expected: '<img src="…" alt="что на картинке">, alt="" у чисто декоративной картинки, или картинка Markdown ![описание](адрес)',
      severity: 'error',
    });
  }
}

export default remarkCheckBodyImages;
