/**
 * How Netlify and Cloudflare Pages read a `_headers` file: which rules match a
 * request path, and the headers a response then gets. Both give a response
 * the headers of EVERY matching rule, joining the values of a header named by
 * several with ", " (for CSP: each policy enforced; for COOP: an invalid list,
 * so none at all). headers-file.ts checks its rules with these, and the tests
 * replay a built export through them.
 *
 * Written here rather than imported: Netlify's own parser
 * (@netlify/headers-parser) needs Node 22 in its current releases, and
 * Cloudflare's matcher ships inside its Workers runtime packages (miniflare).
 * Each matcher below is the host's published rule, a few lines long:
 * - Netlify (headers-parser's getForRegExp): the rule's path split at `/`, a
 *   part that is `*` alone matching anything, the slash before it included
 *   (so `/blog/*` matches `/blog`, and `/blogger` too), a `*` inside a part
 *   matching anything, `:name` one segment; case-insensitive; an optional
 *   trailing slash.
 * - Cloudflare Pages (its rules engine): the whole path, `*` matching anything,
 *   `:name` one segment, anchored at both ends, case-sensitive.
 */

export type StaticHost = 'netlify' | 'cloudflare';
export const STATIC_HOSTS: readonly StaticHost[] = ['netlify', 'cloudflare'];

export interface HeaderRule {
  /** The rule's path pattern, e.g. `/*`, `/blog*`, `/rss.xml`. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** As escape-string-regexp does it: `-` as \x2d, valid in a /u pattern too. */
const escapeRegExp = (text: string) => text.replace(/[|\\{}()[\]^$+*?.]/g, '\\$&').replace(/-/g, '\\x2d');

function netlifyPattern(rulePath: string): RegExp {
  const parts = rulePath
    .split('/')
    .map((part) => part.trimEnd())
    .filter(Boolean)
    .map((part) => {
      if (part.startsWith(':')) return '([^/]+)';
      if (part === '*') return '?(.*)';
      if (part.includes('*')) return part.split('*').map(escapeRegExp).join('(.*)');
      return escapeRegExp(part);
    });
  return new RegExp(`^/${parts.join('/')}/?$`, 'iu');
}

function cloudflarePattern(rulePath: string): RegExp {
  const pattern = rulePath
    .split('*')
    .map(escapeRegExp)
    .join('(.*)')
    .replace(/:([A-Za-z]\w*)/g, '([^/]+)');
  return new RegExp(`^${pattern}$`);
}

/** Whether `host` applies the rule for `rulePath` to a request for `requestPath` (a URL's path, as sent). */
export function ruleMatches(host: StaticHost, rulePath: string, requestPath: string): boolean {
  return (host === 'netlify' ? netlifyPattern(rulePath) : cloudflarePattern(rulePath)).test(requestPath);
}

/** The headers `host` sends with a response for `requestPath`: every matching rule's, joined per header name. */
export function joinedHeaders(host: StaticHost, rules: readonly HeaderRule[], requestPath: string): Record<string, string> {
  const joined = new Map<string, { name: string; values: string[] }>();
  for (const rule of rules) {
    if (!ruleMatches(host, rule.path, requestPath)) continue;
    for (const [name, value] of Object.entries(rule.headers)) {
      const entry = joined.get(name.toLowerCase()) ?? { name, values: [] };
      entry.values.push(value);
      joined.set(name.toLowerCase(), entry);
    }
  }
  return Object.fromEntries([...joined.values()].map(({ name, values }) => [name, values.join(', ')]));
}

/** The rules of a `_headers` file, as both hosts read it: a path line, then its headers indented; `#` comments. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { path: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon === -1) throw new Error(`_headers: a header line outside a rule, or without a colon: ${JSON.stringify(line)}`);
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    // One rule naming a header twice is joined too.
    rule.headers[name] = rule.headers[name] === undefined ? value : `${rule.headers[name]}, ${value}`;
  }
  return rules;
}
