import { tagFeed, tagFeedParams } from '../../../listing-feeds';

// One file per tag, rendered at build time (out/feeds/tags/<slug>/feed.json in the export).
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { tag: string }[] {
  return tagFeedParams();
}

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }): Promise<Response> {
  return tagFeed('json', (await params).tag);
}
