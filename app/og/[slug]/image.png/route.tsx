import { renderOgImage } from '@/components/OgImage';
import { formatRussianDate } from '@/lib/content/dates';
import { postSummaryBySlug, publishedSlugs } from '@/lib/content/posts';
import { OG_FONT_FAMILY, ogFonts, ogGlyphs, ogLogo } from '@/lib/og/assets';
import { site } from '@/lib/site';

// One PNG per published post, rendered at build time (so the static export
// writes out/og/<slug>/image.png too); an unknown slug is a 404, never rendered.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { slug: string }[] {
  return publishedSlugs().map((slug) => ({ slug }));
}

export async function GET(_request: Request, { params }: RouteContext<'/og/[slug]/image.png'>): Promise<Response> {
  const post = postSummaryBySlug((await params).slug);
  if (!post) return new Response('Not found', { status: 404 });
  return renderOgImage(
    { title: post.title, siteName: site.name, author: post.author, date: formatRussianDate(post.publishedAt) },
    { logoSrc: ogLogo(), fontFamily: OG_FONT_FAMILY, fonts: ogFonts(), glyphs: ogGlyphs() },
  );
}
