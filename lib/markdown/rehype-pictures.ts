import type { Element, ElementContent, Root } from 'hast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { pictureParts, type ImageVariantLookup } from '../images/variants';
import { POST_COLUMN_SIZES } from '../images/widths';

export interface PicturesOptions {
  /** The build's variants of local images (lib/images/manifest-file.ts); absent in the admin's preview. */
  readonly images: ImageVariantLookup;
}

/**
 * Images in the text that the build converted become a <picture>: AVIF and
 * WebP sources and the <img> in the original's format, each with the widths
 * the build wrote and the post column's sizes, and the original's real width
 * and height. Runs after the sanitiser, so what it adds is ours; the editor's
 * alt and title stay on the <img>. Lazy: body images are below the hero.
 */
export const rehypePictures: Plugin<[PicturesOptions], Root> = (options) => (tree) => {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName === 'picture') return SKIP;
    if (node.tagName !== 'img' || !parent || index === undefined) return;
    const src = node.properties.src;
    const entry = typeof src === 'string' ? options.images(src) : null;
    if (!entry) return;
    const { sources, img } = pictureParts(entry);
    const image: Element = {
      ...node,
      properties: {
        ...node.properties,
        src: img.src,
        srcSet: img.srcSet,
        sizes: POST_COLUMN_SIZES,
        width: img.width,
        height: img.height,
        loading: 'lazy',
        decoding: 'async',
      },
    };
    const children: ElementContent[] = [
      ...sources.map((source): Element => ({ type: 'element', tagName: 'source', properties: { type: source.type, srcSet: source.srcSet, sizes: POST_COLUMN_SIZES }, children: [] })),
      image,
    ];
    parent.children[index] = { type: 'element', tagName: 'picture', properties: {}, children };
    return SKIP;
  });
};
