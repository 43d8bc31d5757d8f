import type { AnchorHTMLAttributes } from 'react';

/**
 * next/link in the admin's bundle only (scripts/build-admin.ts aliases it
 * here). The site's components (TagLinks, Breadcrumbs) link with next/link;
 * the preview renders them to static HTML outside Next, where next/link's
 * client router has nothing to do, and the published page is the same plain
 * <a href> (the post page ships no JavaScript: scripts/static-pages.ts strips
 * React's runtime). Bundling the real one would pull Next's router into admin.js.
 */
export default function Link({ href, ...anchor }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  // href last, as next/link writes it, so the preview's HTML is the page's attribute for attribute.
  return <a {...anchor} href={href} />;
}
