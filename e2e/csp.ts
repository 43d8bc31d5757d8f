import type { Page } from '@playwright/test';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

/**
 * Reading the policies a page is under, and recording what the browser says
 * about them. Every page, on both outputs, is under two: the header part,
 * the same for every response, and its own `<meta http-equiv>` with the
 * script hashes (lib/security/policy.ts). The browser enforces every policy
 * it is given, so tests look at all of them. The pages are read with parse5,
 * a different parser than the build's htmlparser2.
 */

export type Policy = ReadonlyMap<string, readonly string[]>;

function parsePolicy(text: string): Policy {
  const directives = new Map<string, string[]>();
  for (const part of text.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/** The policy texts of a page's `<meta http-equiv="Content-Security-Policy">` tags, decoded as a browser reads them. */
function metaPolicies(html: string): string[] {
  const found: string[] = [];
  const walk = (parent: DefaultTreeAdapterTypes.ParentNode): void => {
    for (const child of parent.childNodes) {
      if (!('tagName' in child)) continue;
      const attrs = new Map(child.attrs.map((a) => [a.name, a.value]));
      if (child.tagName === 'meta' && attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy') {
        found.push(attrs.get('content') ?? '');
      }
      walk(child);
    }
  };
  walk(parse(html));
  return found;
}

/** Every policy a document is under: its header (several arrive joined with commas) and its meta tags. */
export function policiesOf(header: string | undefined, html: string): Policy[] {
  const fromHeader = header ? header.split(',').map((text) => parsePolicy(text)) : [];
  return [...fromHeader, ...metaPolicies(html).map((text) => parsePolicy(text))];
}

/**
 * Sources a fetch directive allows, with the browser's fallbacks:
 * script-src-elem → script-src → default-src (CSP Level 3).
 */
export function sourcesFor(policy: Policy, directive: string): readonly string[] | undefined {
  const own = policy.get(directive);
  if (own) return own;
  const base = directive.replace(/-(?:elem|attr)$/, '');
  if (base !== directive) return sourcesFor(policy, base);
  return directive.endsWith('-src') ? policy.get('default-src') : undefined;
}

interface Violation {
  readonly directive: string;
  readonly blocked: string;
  readonly sample: string;
}

declare global {
  interface Window {
    __cspViolations?: Violation[];
  }
}

/**
 * Starts recording CSP violations and console errors for every document the
 * page loads. The listener is installed through the DevTools protocol before
 * any of the page's scripts, so the page's own policy cannot block it.
 */
export async function watchForViolations(page: Page): Promise<{ violations(): Promise<Violation[]>; consoleErrors: string[] }> {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
    });
  });
  return {
    consoleErrors,
    violations: () => page.evaluate(() => window.__cspViolations ?? []),
  };
}
