/**
 * The headers for static hosts, which have no server of ours. Netlify and
 * Cloudflare Pages give a response the headers of every `_headers` rule that
 * matches its path, joining the values (host-rules.ts): two policies are both
 * enforced, two COOP values are an invalid one. So no rule may add to
 * another's header, and a rule for every path cannot carry a header whose
 * value differs between the kinds of response (policy.ts: pages, other
 * responses, the admin). The rules:
 * - `/*`: only the headers every kind has with the same value;
 * - `/` and one rule per top-level entry of the export (`/blog*` for a folder,
 *   `/rss.xml` for a file): the rest of the headers of what that entry holds,
 *   a page (the folder holds HTML), the admin, or anything else;
 * - an entry a folder's rule already matches (`/og*` matches `og-default.png`)
 *   gets no rule of its own, when it holds the same kind.
 * `/blog*`, not `/blog/*`: Netlify reads `/blog/*` as `/blog*` anyway (it also
 * matches `/blogger`), Cloudflare does not; written so, both hosts match the
 * same paths. The rules are checked against both hosts' matching before the
 * file is written: every entry gets exactly its kind's headers, or the build
 * fails. A path under no entry (an unknown top-level path, answered with
 * 404.html) gets the `/*` headers only; 404.html carries its own policy.
 * A page's own script policy is in its `<meta>` (policy-meta.ts): a host's
 * file cannot carry one per page at our scale (Cloudflare: 100 rules).
 */
import { ADMIN_PATH } from '../../lib/admin/page';
import { headerList, type ResponseKind } from '../../lib/security/policy';
import { joinedHeaders, STATIC_HOSTS, type HeaderRule } from './host-rules';

export type HeaderSets = Readonly<Record<ResponseKind, Readonly<Record<string, string>>>>;

/** A top-level file or folder of an export, and what it holds. */
export interface ExportEntry {
  readonly name: string;
  readonly directory: boolean;
  readonly kind: ResponseKind;
}

/** Cloudflare Pages' limit on `_headers` rules. */
export const MAX_HEADER_RULES = 100;

/** The admin's folder in an export (lib/admin/page.ts). */
export const ADMIN_FOLDER = ADMIN_PATH.replace(/^\/|\/$/g, '');

/** The headers every kind sends with the same value. */
function sharedHeaders(sets: HeaderSets): Record<string, string> {
  const [first, ...rest] = Object.values(sets);
  return Object.fromEntries(Object.entries(first!).filter(([name, value]) => rest.every((set) => set[name] === value)));
}

function without(headers: Readonly<Record<string, string>>, shared: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !(name in shared)));
}

/** Paths a request may take into an entry: the entry itself, and for a folder its index and a file inside. */
function pathsInto(entry: ExportEntry): string[] {
  return entry.directory ? [`/${entry.name}/`, `/${entry.name}/index.html`, `/${entry.name}/x/y.txt`] : [`/${entry.name}`];
}

/** Throws, naming the host and path, unless both hosts send every entry exactly the headers of its kind. */
export function verifyRules(rules: readonly HeaderRule[], sets: HeaderSets, entries: readonly ExportEntry[]): void {
  const root: ExportEntry = { name: '', directory: false, kind: 'page' };
  for (const entry of [root, ...entries]) {
    for (const requestPath of entry === root ? ['/'] : pathsInto(entry)) {
      for (const host of STATIC_HOSTS) {
        const got = joinedHeaders(host, rules, requestPath);
        const want = sets[entry.kind];
        const same = Object.keys(got).length === Object.keys(want).length && Object.entries(want).every(([name, value]) => got[name] === value);
        if (!same) {
          throw new Error(
            `_headers: ${host} would send ${requestPath} other headers than a response of kind "${entry.kind}" has ` +
              `(a rule for another entry matches it too?): ${JSON.stringify(got)}`,
          );
        }
      }
    }
  }
}

/** The `_headers` rules for an export whose top-level entries are `entries`, checked against both hosts. */
export function headerRules(sets: HeaderSets, entries: readonly ExportEntry[]): HeaderRule[] {
  const shared = sharedHeaders(sets);
  const own = (kind: ResponseKind) => without(sets[kind], shared);
  const rules: HeaderRule[] = [
    { path: '/*', headers: shared },
    { path: '/', headers: own('page') },
  ];
  const folders: ExportEntry[] = [];
  for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const covering = folders.find((folder) => entry.name.startsWith(folder.name));
    if (covering && covering.kind === entry.kind) continue;
    if (entry.directory) folders.push(entry);
    rules.push({ path: entry.directory ? `/${entry.name}*` : `/${entry.name}`, headers: own(entry.kind) });
  }
  if (rules.length > MAX_HEADER_RULES) throw new Error(`${rules.length} _headers rules, more than a host takes (${MAX_HEADER_RULES})`);
  verifyRules(rules, sets, entries);
  return rules;
}

/** `_headers` for Netlify and Cloudflare Pages (same format on both). */
export function headersFile(rules: readonly HeaderRule[]): string {
  return [
    '# Security headers (Netlify, Cloudflare Pages). Both hosts send the headers of EVERY rule',
    '# matching a path, joined; so `/*` has only what every response has alike, and each top-level',
    '# entry has a rule with the rest for what it holds: pages, the admin, or other files. Each page',
    '# adds its own script policy in a <meta http-equiv="Content-Security-Policy">. Generated by the',
    '# post-build pass (build/post-build.ts, build/security/headers-file.ts): edit lib/security/, not this file.',
    ...rules.flatMap((rule) => [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)]),
    '',
  ].join('\n');
}

export interface ServeConfig {
  readonly directoryListing: false;
  readonly cleanUrls: readonly string[];
  readonly headers: { source: string; headers: { key: string; value: string }[] }[];
}

/**
 * serve.json for `serve` (npm run serve:static and the e2e static server).
 * serve matches header rules against the file it sends and applies every
 * match in order, a later value replacing an earlier one: every file gets the
 * other headers, HTML files the page headers, the admin's files the admin's
 * (each set names every header, so nothing of an earlier rule is left).
 * No directory listings: a folder without an index is a 404 (404.html, with
 * its own policy), not a list of files.
 * serve writes its redirects with a Location header and nothing else, so
 * none are left: clean URLs (a folder's index.html for `/blog/x/`) for every
 * path except `….html` and `…/index`, which serve would redirect to the clean
 * form; it now serves the file as asked, or answers 404.
 */
export function serveConfig(sets: HeaderSets): ServeConfig {
  return {
    directoryListing: false,
    cleanUrls: ['!**/{*.html,index}'],
    headers: [
      { source: '**', headers: headerList(sets.other) },
      { source: '**/*.html', headers: headerList(sets.page) },
      { source: `${ADMIN_FOLDER}/**`, headers: headerList(sets.admin) },
    ],
  };
}
