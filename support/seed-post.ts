import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Post } from 'contentlayer/generated';
import { buildCatalog } from '../lib/content/catalog';
import { listMarkdownFiles } from '../lib/content/content-files';
import { parseContentDate } from '../lib/content/dates';
import { parseFrontmatter } from '../lib/content/frontmatter';
import { postPath, slugFromFilePath } from '../lib/content/paths';
import { toPostDetail, type PostDetail } from '../lib/content/reshape';
import { renderPostBody } from '../lib/markdown/pipeline';

const root = path.resolve(__dirname, '..');

/**
 * A real post as the pages get it: the file parsed and rendered by the real
 * pipeline, then reshaped by lib/content, without running Contentlayer.
 * (The whole file is rendered, YAML block included, as `input: 'file'` allows.)
 */
export async function loadPost(slug: string): Promise<PostDetail> {
  const files = listMarkdownFiles(path.join(root, 'content', 'blog'));
  const catalog = buildCatalog(files.map((filePath) => ({ filePath, source: readFileSync(filePath, 'utf8') })));
  const filePath = path.join(root, 'content', 'blog', `${slug}.md`);
  const source = readFileSync(filePath, 'utf8');
  const { data } = parseFrontmatter(source);
  const sourceFilePath = `blog/${slug}.md`;
  const rendered = await renderPostBody(source, {
    catalog,
    siteOrigins: ['https://butlerspb-blog.netlify.app'],
    contentDirPath: 'content',
    sourceFilePath,
  });
  const publishedAt = parseContentDate(data.pubDate) ?? '';
  const doc = {
    ...data,
    _id: sourceFilePath,
    _raw: { sourceFilePath, sourceFileName: `${slug}.md`, sourceFileDir: 'blog', flattenedPath: `blog/${slug}`, contentType: 'markdown' },
    type: 'Post',
    body: { raw: source, html: rendered.html },
    slug: slugFromFilePath(sourceFilePath),
    url: postPath(slug),
    publishedAt,
    updatedAt: parseContentDate(data.updatedDate ?? data.pubDate) ?? publishedAt,
  } as unknown as Post;
  return toPostDetail(doc, rendered);
}
