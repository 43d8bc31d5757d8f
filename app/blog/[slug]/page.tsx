import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HeroImage } from '@/components/HeroImage';
import { JsonLd } from '@/components/JsonLd';
import { POST_PAGE_CLASS, PostArticle } from '@/components/PostArticle';
import { PostNavigation } from '@/components/PostNavigation';
import { RelatedPosts } from '@/components/RelatedPosts';
import { MovedTo } from '@/components/MovedTo';
import { postBySlug, publishedPosts, publishedRedirects, publishedSlugs, redirectFrom } from '@/lib/content/posts';
import { adjacentPosts, relatedPosts } from '@/lib/content/related';
import { movedPostMetadata, postMetadata } from '@/lib/seo/metadata';
import { buildPostGraph } from '@/lib/seo/post-graph';

// Every post is prerendered; an unknown slug is a 404, never rendered on demand.
export const dynamicParams = false;

/**
 * A renamed post's old addresses are pages only in the static export, which
 * cannot send a redirect: a meta refresh to the post (and `_redirects` for
 * hosts that read it). The server build answers them with a 308 before any
 * page (next.config.ts), so it prerenders none.
 */
const staticExport = process.env.STATIC_EXPORT === '1';

export function generateStaticParams() {
  const old = staticExport ? publishedRedirects().map((redirect) => redirect.from) : [];
  return [...publishedSlugs(), ...old].map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = (await params).slug;
  const post = await postBySlug(slug);
  if (post) return postMetadata(post);
  const moved = redirectFrom(slug);
  return moved ? movedPostMetadata(moved.to) : {};
}

export default async function PostPage({ params }: Props) {
  const slug = (await params).slug;
  const post = await postBySlug(slug);
  if (!post) {
    const moved = redirectFrom(slug);
    if (moved) return <MovedTo href={moved.to.url} lead="Статья переехала" label={moved.to.title} />;
    notFound();
  }
  const others = publishedPosts();
  const { older, newer } = adjacentPosts(post, others);
  return (
    <div className={POST_PAGE_CLASS}>
      <JsonLd graph={buildPostGraph(post)} />
      <PostArticle post={post} Hero={HeroImage} />
      <div className="max-w-[48rem]" data-pagefind-ignore>
        <PostNavigation older={older} newer={newer} />
        <RelatedPosts posts={relatedPosts(post, others)} />
      </div>
    </div>
  );
}
