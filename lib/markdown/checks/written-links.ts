import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import type { VFile } from 'vfile';

declare module 'vfile' {
  interface DataMap {
    /** Each Markdown link's address as written, by the offset it starts at (see remarkNoteWrittenLinks). */
    writtenLinks: ReadonlyMap<number, string>;
  }
}

/**
 * The link checks read the page's tree, where a Markdown link's href is
 * already normalised ("#раздел" → "#%D1%80…") and a reference link carries its
 * definition's address. Messages quote the address the editor wrote, so this
 * notes it first, keyed by where the link starts: remark-rehype and rehype-raw
 * keep that place on the element.
 */
export const remarkNoteWrittenLinks: Plugin<[], Root> = () => (tree, file) => {
  const links = new Map<number, string>();
  const references = new Map<number, string>();
  // The first definition of a label wins, as in CommonMark and remark-rehype.
  const definitions = new Map<string, string>();
  visit(tree, (node) => {
    const at = node.position?.start.offset;
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
    else if (at === undefined) return;
    else if (node.type === 'link') links.set(at, node.url);
    else if (node.type === 'linkReference') references.set(at, node.identifier);
  });
  for (const [at, identifier] of references) {
    const url = definitions.get(identifier);
    if (url !== undefined) links.set(at, url);
  }
  file.data.writtenLinks = links;
};

/** The address of a link on the page as the editor wrote it: noted for Markdown, the attribute for raw HTML. */
export function writtenHref(file: VFile, node: Node, href: string): string {
  const at = node.position?.start.offset;
  return (at !== undefined ? file.data.writtenLinks?.get(at) : undefined) ?? href;
}
