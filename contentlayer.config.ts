import { contentDirExcludeDefault, defineDocumentType, makeSource } from 'contentlayer2/source-files';
import { notADate } from './lib/content/checks/date-fields';
import { parseContentDate } from './lib/content/dates';
import { contentlayerFields } from './lib/content/model';
import { contentDirFromEnv, postPath, slugFromFilePath } from './lib/content/paths';
import { formatProblem } from './lib/content/problems';
import { writeContentRevision } from './lib/content/revision';
import { readGeneratedPosts, writeSummaryIndex } from './lib/content/summary-index';
import type { Plugin } from 'unified';

const CONTENT_DIR = contentDirFromEnv();

/** check:content reports a bad date first; this stops a build run without it, with the checker's own message. */
function requireDate(value: unknown, field: string, file: string): string {
  const parsed = parseContentDate(value);
  if (!parsed) throw new Error(formatProblem({ file: `${CONTENT_DIR}/${file}`, ...notADate({ key: field, value }) }));
  return parsed;
}

/**
 * Contentlayer would render every body here, and it keeps every document in
 * one process and in its JSON index: with the HTML and outline in them a
 * 5000-post build peaked at 2.9 GB in this step alone. A post page renders its
 * own body instead (lib/content/posts.ts), so body.html is left empty and the
 * markdown is not even parsed here. Contentlayer still reads, types and
 * validates the frontmatter and keeps body.raw.
 */
const leaveBodyUnrendered: Plugin = function () {
  this.parser = () => ({ type: 'root', children: [] });
  this.compiler = () => '';
};

export const Post = defineDocumentType(() => ({
  name: 'Post',
  filePathPattern: 'blog/**/*.md',
  contentType: 'markdown',
  // Derived from the content model (lib/content/model.ts), like check:content's fields and the reshape.
  fields: contentlayerFields(),
  // Computed fields stay string/number: Contentlayer types lists and objects as any.
  computedFields: {
    slug: { type: 'string', resolve: (doc) => slugFromFilePath(doc._raw.sourceFileName) },
    url: { type: 'string', resolve: (doc) => postPath(slugFromFilePath(doc._raw.sourceFileName)) },
    publishedAt: { type: 'string', resolve: (doc) => requireDate(doc.pubDate, 'pubDate', doc._raw.sourceFilePath) },
    updatedAt: {
      type: 'string',
      resolve: (doc) => requireDate(doc.updatedDate ?? doc.pubDate, doc.updatedDate ? 'updatedDate' : 'pubDate', doc._raw.sourceFilePath),
    },
  },
}));

export default makeSource({
  contentDirPath: CONTENT_DIR,
  // Contentlayer reads only what check:content reads (lib/content/content-files.ts):
  // without this it would take any .md/.mdx anywhere under content/, and a
  // front-matter `type: Post` would make a post of a file outside blog/.
  contentDirInclude: ['blog'],
  // Contentlayer would also parse .mdx, .json and .yaml files, which no
  // document type takes: a broken one failed the build that check:content
  // (which warns they are not published) had passed. Never read them.
  contentDirExclude: [...contentDirExcludeDefault, '**/*.mdx', '**/*.json', '**/*.yaml', '**/*.yml'],
  // The document type comes from the file's place (filePathPattern), never
  // from the file: Contentlayer's default type field is `type`, which an
  // editor could write. This name is no field of the model, so check:content
  // rejects it as an unknown field like any other.
  fieldOptions: { typeFieldName: 'contentlayerDocumentType' },
  documentTypes: [Post],
  disableImportAliasWarning: true,
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  markdown: (processor) => processor.use(leaveBodyUnrendered),
  // Not onSuccess's importData(): it is stale under `contentlayer2 dev` (see readGeneratedPosts).
  onSuccess: async () => {
    const allPosts = await readGeneratedPosts();
    // Nothing generated (a document failed): Contentlayer has already said why.
    if (!allPosts) return;
    await writeSummaryIndex(allPosts);
    // Last: in dev, Next refreshes the open page when this file changes (see lib/content/revision.ts).
    await writeContentRevision(allPosts);
  },
});
