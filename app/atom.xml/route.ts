import { siteFeed } from '../feeds/listing-feeds';

// Rendered once at build time, so the static export writes out/atom.xml too.
export const dynamic = 'force-static';

export function GET(): Promise<Response> {
  return siteFeed('atom');
}
