import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { HeroImage } from '@/components/HeroImage';
import { JsonLd } from '@/components/JsonLd';
import { PostHeader } from '@/components/PostHeader';
import { Prose } from '@/components/Prose';
import { postBySlug, publishedSlugs } from '@/lib/content/posts';
import { postCrumbs } from '@/lib/seo/breadcrumbs';
import { postMetadata } from '@/lib/seo/metadata';
import { buildPostGraph } from '@/lib/seo/post-graph';

// Every post is prerendered; an unknown slug is a 404, never rendered on demand.
export const dynamicParams = false;

export function generateStaticParams() {
  return publishedSlugs().map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = postBySlug((await params).slug);
  return post ? postMetadata(post) : {};
}

export default async function PostPage({ params }: Props) {
  const post = postBySlug((await params).slug);
  if (!post) notFound();
  return (
    <article className="mx-auto max-w-3xl px-4 py-6 sm:px-6 sm:py-8">
      <JsonLd graph={buildPostGraph(post)} />
      <Breadcrumbs crumbs={postCrumbs(post)} />
      {post.hero ? (
        <HeroImage
          src={post.hero.src}
          alt={post.hero.alt}
          priority
          sizes="(min-width: 768px) 720px, 100vw"
          className="mt-4 rounded-xl"
        />
      ) : null}
      <PostHeader post={post} />
      <Prose html={post.html} />
    </article>
  );
}
