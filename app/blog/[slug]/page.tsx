import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { DraftBanner } from '@/components/DraftBanner';
import { HeroImage } from '@/components/HeroImage';
import { JsonLd } from '@/components/JsonLd';
import { PostHeader } from '@/components/PostHeader';
import { PostNavigation } from '@/components/PostNavigation';
import { Prose } from '@/components/Prose';
import { RelatedPosts } from '@/components/RelatedPosts';
import { TableOfContents } from '@/components/TableOfContents';
import { TagLinks } from '@/components/TagLinks';
import { postBySlug, publishedPosts, publishedSlugs } from '@/lib/content/posts';
import { adjacentPosts, relatedPosts } from '@/lib/content/related';
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
  const post = await postBySlug((await params).slug);
  return post ? postMetadata(post) : {};
}

export default async function PostPage({ params }: Props) {
  const post = await postBySlug((await params).slug);
  if (!post) notFound();
  const others = publishedPosts();
  const { older, newer } = adjacentPosts(post, others);
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-8">
      <JsonLd graph={buildPostGraph(post)} />
      {/* Header, contents and body share one grid: contents go between header and
          body on phones, and into a sticky column beside both on wide screens. */}
      <article data-pagefind-body className="lg:grid lg:grid-cols-[minmax(0,48rem)_16rem] lg:gap-x-12">
        <div className="lg:col-start-1">
          <DraftBanner post={post} />
          <Breadcrumbs crumbs={postCrumbs(post)} />
          {post.hero ? (
            <HeroImage
              src={post.hero.src}
              alt={post.hero.alt}
              priority
              sizes="(min-width: 1024px) 768px, 100vw"
              className="mt-4 rounded-xl"
            />
          ) : null}
          <PostHeader post={post} />
        </div>
        <aside data-pagefind-ignore className="mt-8 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:mt-0">
          <div className="rounded-xl bg-slate-50 p-4 lg:sticky lg:top-6 lg:max-h-[calc(100vh-3rem)] lg:overflow-y-auto lg:bg-transparent lg:p-0 dark:bg-slate-900 lg:dark:bg-transparent">
            <TableOfContents headings={post.outline.headings} />
          </div>
        </aside>
        <div className="lg:col-start-1">
          <Prose html={post.html} />
          <div data-pagefind-ignore className="mt-10">
            <TagLinks keywords={post.keywords} />
          </div>
        </div>
      </article>
      <div className="max-w-[48rem]" data-pagefind-ignore>
        <PostNavigation older={older} newer={newer} />
        <RelatedPosts posts={relatedPosts(post, others)} />
      </div>
    </div>
  );
}
