/**
 * The inline scripts a built page will run, and their CSP hashes. Our layout
 * inlines the theme script into every page, and Next inlines its RSC payload
 * (`self.__next_f.push(…)`) and bootstrap into the pages that keep React; a
 * CSP without 'unsafe-inline' must name each by its sha256. Scripts come from
 * the page's tokenizer pass (../page-scan.ts), which reads a script's content
 * as raw text the way browsers do: a script ends wherever the tokenizer says.
 */
import { createHash } from 'node:crypto';
import { scanPage, type Script } from '../page-scan';

/** `type` values a browser runs as JavaScript (HTML spec: "JavaScript MIME type essence match", plus module). */
const JAVASCRIPT_TYPES = new Set([
  '',
  'module',
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

/** An inline script the browser executes: no src, and a JavaScript type (JSON-LD is data, never run). */
function isExecutableInline(attributes: Readonly<Record<string, string>>): boolean {
  if (attributes.src !== undefined) return false;
  return attributes.type === undefined || JAVASCRIPT_TYPES.has(attributes.type.trim().toLowerCase());
}

/** The text of every executable inline script among these, in order. */
export function executableTexts(scripts: readonly Script[]): string[] {
  // Browsers turn CR LF and lone CR into LF before they tokenise: hash what they hash.
  return scripts.filter((script) => isExecutableInline(script.attributes)).map((script) => script.text.replace(/\r\n?/g, '\n'));
}

/** The text of every executable inline script of a page, in document order. */
export function inlineScripts(html: string): string[] {
  return executableTexts(scanPage(html).scripts);
}

/** A CSP hash source for a script's text: sha256 of its UTF-8 bytes, base64. */
export function scriptHashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hash sources of these scripts' executable ones, without repeats, in first-seen order. */
export function scriptHashes(scripts: readonly Script[]): string[] {
  return [...new Set(executableTexts(scripts).map(scriptHashSource))];
}

/** The hash sources of a page's inline scripts, without repeats, in first-seen order. */
export function inlineScriptHashes(html: string): string[] {
  return scriptHashes(scanPage(html).scripts);
}
