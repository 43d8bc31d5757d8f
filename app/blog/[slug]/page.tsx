import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HeroImage } from '@/components/HeroImage';
import { JsonLd } from '@/components/JsonLd';
import { POST_PAGE_CLASS, PostArticle } from '@/components/PostArticle';
import { PostNavigation } from '@/components/PostNavigation';
import { RelatedPosts } from '@/components/RelatedPosts';
import { postBySlug, publishedPosts, publishedSlugs } from '@/lib/content/posts';
import { adjacentPosts, relatedPosts } from '@/lib/content/related';
import { postMetadata } from '@/lib/seo/metadata';
import { buildPostGraph } from '@/lib/seo/post-graph';

// Every post is prerendered; an unknown slug is a 404, never rendered on demand.
export const dynamicParams = false;

export function generateStaticParams() {
  return publishedSlugs().map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await postBySlug((await params).slug);
  return post ? postMetadata(post) : {};
}

export default async function PostPage({ params }: Props) {
  const post = await postBySlug((await params).slug);
  if (!post) notFound();
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
