import type { ComponentType } from 'react';
import type { PostDetail } from '@/lib/content/reshape';
import { POST_COLUMN_SIZES } from '@/lib/images/widths';
import { postCrumbs } from '@/lib/seo/breadcrumbs';
import { Breadcrumbs } from './Breadcrumbs';
import { DraftBanner } from './DraftBanner';
import type { HeroImageProps } from './HeroImage';
import { PostHeader } from './PostHeader';
import { Prose } from './Prose';
import { TableOfContents } from './TableOfContents';
import { TagLinks } from './TagLinks';

/** The post page's frame (app/blog/[slug]/page.tsx), which the preview copies. */
export const POST_PAGE_CLASS = 'mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-8';

/**
 * A post's article: banner, trail, hero, header, contents, body and tags. The
 * post page (app/blog/[slug]/page.tsx) and the admin's preview
 * (admin/preview.tsx) both render this, so the preview cannot drift from the
 * page. The hero's component comes from the caller: the page's is
 * next/image's (HeroImage), the preview's a plain <img> (PlainHeroImage) that
 * can show a file the editor has just uploaded.
 */
export function PostArticle({ post, Hero, now }: { post: PostDetail; Hero: ComponentType<HeroImageProps>; now?: Date }) {
  return (
    // Header, contents and body share one grid: contents go between header and
    // body on phones, and into a sticky column beside both on wide screens.
    <article data-pagefind-body className="lg:grid lg:grid-cols-[minmax(0,48rem)_16rem] lg:gap-x-12">
      <div className="lg:col-start-1">
        <DraftBanner post={post} {...(now ? { now } : {})} />
        <Breadcrumbs crumbs={postCrumbs(post)} />
        {post.hero ? (
          <Hero src={post.hero.src} alt={post.hero.alt} priority sizes={POST_COLUMN_SIZES} className="mt-4 rounded-xl" />
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
  );
}
