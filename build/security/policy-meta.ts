/**
 * Puts a page's own Content-Security-Policy into the page, as the first thing
 * after `<meta charset>`, so it covers every script and stylesheet that
 * follows. Used for both outputs: the prerendered pages of a server build
 * (which `next start` serves as they are) and the pages of the static export.
 */
import { isInside, positionWithout, scanPage, type PageScan, type Range } from '../page-scan';

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Where the policy goes in a page, in the coordinates of the page it goes into. */
export interface PolicyPlace {
  /** End of the <head> start tag. */
  readonly headStart: number;
  /** End of <meta charset>, when it is the head's first element. */
  readonly afterCharset: number | null;
  /** An existing policy meta (a rerun). */
  readonly existing: Range | null;
}

function isPolicyMeta(tag: { name: string; attributes: Readonly<Record<string, string>> }): boolean {
  return tag.name === 'meta' && tag.attributes['http-equiv']?.toLowerCase() === 'content-security-policy';
}

/**
 * Where the policy goes once `removed` is cut out of the scanned page (the
 * runtime, for a page that loses it): the head as it will be, not as it was.
 */
export function policyPlace(scan: PageScan, removed: readonly Range[] = []): PolicyPlace {
  if (scan.headStart === null) throw new Error('the page has no <head> start tag to put its policy in');
  const kept = scan.headTags.filter((tag) => !isInside(tag.start, removed));
  const first = kept[0];
  const existing = kept.find(isPolicyMeta);
  const at = (position: number) => positionWithout(position, removed);
  return {
    headStart: at(scan.headStart),
    afterCharset: first?.name === 'meta' && first.attributes.charset !== undefined ? at(first.end) : null,
    existing: existing ? { start: at(existing.start), end: at(existing.end) } : null,
  };
}

/**
 * The page with `policy` as its first policy meta: right after
 * `<meta charset>` (which must stay in the first 1024 bytes), before any
 * element that loads or runs something. A meta already there (a rerun) is
 * replaced.
 */
export function withPolicyMeta(html: string, policy: string, place: PolicyPlace = policyPlace(scanPage(html))): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}"/>`;
  const { headStart, afterCharset, existing } = place;
  if (existing) return html.slice(0, existing.start) + meta + html.slice(existing.end);
  const at = afterCharset ?? headStart;
  return html.slice(0, at) + meta + html.slice(at);
}
