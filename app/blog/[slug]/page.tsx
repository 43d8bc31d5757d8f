import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HeroImage } from '@/components/HeroImage';
import { PostHeader } from '@/components/PostHeader';
import { Prose } from '@/components/Prose';
import { postBySlug, publishedSlugs } from '@/lib/content/posts';

// Every post is prerendered; an unknown slug is a 404, never rendered on demand.
export const dynamicParams = false;

export function generateStaticParams() {
  return publishedSlugs().map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = postBySlug((await params).slug);
  if (!post) return {};
  return {
    title: post.title,
    description: post.description,
    alternates: { canonical: post.url },
  };
}

export default async function PostPage({ params }: Props) {
  const post = postBySlug((await params).slug);
  if (!post) notFound();
  return (
    <article className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      {post.hero ? (
        <HeroImage
          src={post.hero.src}
          alt={post.hero.alt}
          priority
          sizes="(min-width: 768px) 720px, 100vw"
          className="rounded-xl"
        />
      ) : null}
      <PostHeader post={post} />
      <Prose html={post.html} />
    </article>
  );
}
