/**
 * Proves that a refactor kept the built site the same: builds the real
 * content and the e2e fixture site in both outputs, at a git ref and in this
 * checkout, and compares every file a visitor or a crawler can get.
 *
 *   tsx scripts/compare-builds.ts --before <git ref>          build both, compare
 *   tsx scripts/compare-builds.ts --before-dir <project dir>  compare with a project already built
 *        [--no-build]        compare this checkout's outputs as they are
 *        [--json <file>]     also write the differences as JSON
 *
 * A ref is built in a temporary git worktree of this repository with its own
 * `npm ci`, using only the npm scripts every version has (build, build:static,
 * build:fixture). Two builds of the same code differ in Next's build ID (a
 * random folder name, and a string inside pages that keep React) and in the
 * search bundle's folder (a per-build version, lib/search/bundle.ts): both
 * are replaced by placeholders before comparing. The search page's inline
 * flight script holds both, so its CSP hash changes with them: in a page,
 * each `'sha256-…'` that is the hash of one of the page's own inline scripts
 * becomes a placeholder too (the scripts themselves are still compared). A
 * hash that matches no script of its page stays, and shows as a difference. Compiled JavaScript (chunks,
 * the server's page bundles) is left out: its names are content hashes, and
 * any change to a client module renames them; a page that loads a renamed
 * chunk shows up as a changed page.
 *
 * Exits 1 when any page differs, so that a difference is always read; the
 * report names each one, and for pages the first differing passage.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type OutputKind = 'server' | 'export';

/** The four outputs the project builds, by folder, as every version names them. */
export const OUTPUTS: readonly { readonly dir: string; readonly kind: OutputKind }[] = [
  { dir: '.next-server', kind: 'server' },
  { dir: 'out', kind: 'export' },
  { dir: '.next-fixture', kind: 'server' },
  { dir: 'out-fixture', kind: 'export' },
];

export type Difference =
  | { readonly kind: 'removed' | 'added'; readonly file: string; readonly flight: boolean }
  | { readonly kind: 'changed'; readonly file: string; readonly before: string; readonly after: string }
  /** A flight file left in place with nothing in it (the server build keeps a route's `.rsc` so Next finds the route). */
  | { readonly kind: 'emptied'; readonly file: string; readonly flight: true };

const BUILD_ID_TOKEN = '<BUILD_ID>';
const SEARCH_BUNDLE_TOKEN = '<SEARCH_BUNDLE>';

/**
 * React's flight data for client navigation: the export's `index.txt` and
 * `__next.*.txt` beside each page, the server build's `.rsc` files and
 * `.segments/` folders.
 */
export function isFlightFile(kind: OutputKind, file: string): boolean {
  const name = path.posix.basename(file);
  if (kind === 'export') return name === 'index.txt' || /^__next\..*\.txt$/.test(name);
  return name.endsWith('.rsc') || file.split('/').some((part) => part.endsWith('.segments'));
}

/** Which files of an output are compared: what is served, not the compiler's own state. */
export function isCompared(kind: OutputKind, file: string): boolean {
  if (kind === 'export') return !file.startsWith('_next/static/chunks/');
  if (file.startsWith('static/')) return !file.startsWith('static/chunks/');
  if (!file.startsWith('server/app/')) return false;
  return !/\.(js|js\.map|nft\.json)$/.test(file);
}

/** Next's build ID of a built output (a random name unless next.config pins it). */
export function buildIdOf(outputDir: string, kind: OutputKind): string | null {
  if (kind === 'server') {
    const file = path.join(outputDir, 'BUILD_ID');
    return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
  }
  const staticDir = path.join(outputDir, '_next', 'static');
  if (!existsSync(staticDir)) return null;
  const ids = readdirSync(staticDir).filter((name) => existsSync(path.join(staticDir, name, '_buildManifest.js')));
  if (ids[0]) return ids[0];
  // Since issue 11 the post-build pass removes the manifests no page loads: the
  // ID is then read from the flight data a page with React keeps (`"b":"<id>"`).
  for (const file of readdirSync(outputDir, { recursive: true, encoding: 'utf8' })) {
    if (!/(?:^|\/)(?:index|__next\.[^/]*)\.txt$/.test(file.split(path.sep).join('/'))) continue;
    const found = /"b":"([\w-]{10,})"/.exec(readFileSync(path.join(outputDir, file), 'utf8'));
    if (found?.[1]) return found[1];
  }
  return null;
}

/** The per-build folder names of the search bundle (one, unless the output holds stale ones). */
export function searchBundlesOf(outputDir: string, kind: OutputKind): string[] {
  const dir = kind === 'server' ? path.join(outputDir, 'static', 'pagefind') : path.join(outputDir, '_next', 'static', 'pagefind');
  return existsSync(dir) ? readdirSync(dir) : [];
}

function replaceAll(text: string, search: string | null, by: string): string {
  return search ? text.split(search).join(by) : text;
}

function normalise(text: string, replacements: ReadonlyMap<string, string>): string {
  let result = text;
  for (const [search, by] of replacements) result = replaceAll(result, search, by);
  return result;
}

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
const SCRIPT_HASH = /'sha256-([A-Za-z0-9+/=]+)'/g;

/** A page with every CSP hash of its own inline scripts replaced by a placeholder. */
export function withOwnScriptHashesReplaced(html: string): string {
  const own = new Set([...html.matchAll(INLINE_SCRIPT)].map((match) => createHash('sha256').update(match[1] ?? '', 'utf8').digest('base64')));
  return html.replace(SCRIPT_HASH, (token, hash: string) => (own.has(hash) ? "'sha256-<own inline script>'" : token));
}

/** Every compared file of an output, by its path with the build ID replaced. */
export function readOutput(outputDir: string, kind: OutputKind): Map<string, Buffer> {
  const buildId = buildIdOf(outputDir, kind);
  const replacements = new Map<string, string>();
  if (buildId) replacements.set(buildId, BUILD_ID_TOKEN);
  // `/pagefind/<version>/`, not the bare version: it is a short base-36 word.
  for (const version of searchBundlesOf(outputDir, kind)) replacements.set(`/pagefind/${version}/`, `/pagefind/${SEARCH_BUNDLE_TOKEN}/`);
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(outputDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const file = path.relative(outputDir, full).split(path.sep).join('/');
    if (!isCompared(kind, file)) continue;
    const raw = readFileSync(full);
    const bytes = file.endsWith('.html') ? Buffer.from(withOwnScriptHashesReplaced(raw.toString('utf8')), 'utf8') : raw;
    const touched = [...replacements.keys()].some((search) => bytes.includes(search));
    // latin1 maps bytes to characters one to one: binary files survive the replacement.
    const normalised = touched ? Buffer.from(normalise(bytes.toString('latin1'), replacements), 'latin1') : bytes;
    files.set(normalise(`/${file}`, replacements).slice(1), normalised);
  }
  return files;
}

/** The first passage where two texts part, with some context either side. */
export function firstDifference(before: string, after: string, context = 120): { before: string; after: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  const from = Math.max(0, start - context);
  return {
    before: before.slice(from, Math.min(before.length, endBefore + context)),
    after: after.slice(from, Math.min(after.length, endAfter + context)),
  };
}

const TEXT = /\.(html|txt|rsc|xml|json|meta|body|css|js|webmanifest|_headers)$|\/_headers$|^_headers$/;

export function compareOutputs(kind: OutputKind, before: ReadonlyMap<string, Buffer>, after: ReadonlyMap<string, Buffer>): Difference[] {
  const differences: Difference[] = [];
  for (const [file, bytes] of before) {
    const other = after.get(file);
    if (!other) differences.push({ kind: 'removed', file, flight: isFlightFile(kind, file) });
    else if (other.length === 0 && bytes.length > 0 && isFlightFile(kind, file)) differences.push({ kind: 'emptied', file, flight: true });
    else if (!bytes.equals(other)) {
      const shown = TEXT.test(file)
        ? firstDifference(bytes.toString('utf8'), other.toString('utf8'))
        : { before: `${bytes.length} bytes`, after: `${other.length} bytes` };
      differences.push({ kind: 'changed', file, ...shown });
    }
  }
  for (const file of after.keys()) if (!before.has(file)) differences.push({ kind: 'added', file, flight: isFlightFile(kind, file) });
  return differences.sort((a, b) => a.file.localeCompare(b.file));
}

// ---------------------------------------------------------------------------
// Building

const root = path.resolve(__dirname, '..');

function run(cwd: string, command: string, args: readonly string[]): void {
  console.log(`\n$ (${path.relative(root, cwd) || '.'}) ${command} ${args.join(' ')}`);
  // PWD too: Contentlayer takes its output folder from it (see STACK.md).
  execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, PWD: cwd } });
}

function buildProject(dir: string): void {
  for (const script of ['build', 'build:static', 'build:fixture']) run(dir, 'npm', ['run', script]);
}

function checkoutRef(ref: string): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'compare-builds-')), 'before');
  run(root, 'git', ['worktree', 'add', '--detach', dir, ref]);
  run(dir, 'npm', ['ci', '--no-audit', '--no-fund']);
  return dir;
}

function report(differences: ReadonlyMap<string, readonly Difference[]>): number {
  let pages = 0;
  for (const [output, list] of differences) {
    const flight = list.filter((d) => d.kind !== 'changed' && d.flight);
    const rest = list.filter((d) => d.kind === 'changed' || !d.flight);
    const count = (kind: Difference['kind']) => flight.filter((d) => d.kind === kind).length;
    console.log(`\n## ${output}: ${rest.length} differences; flight files: ${count('removed')} removed, ${count('emptied')} emptied, ${count('added')} added`);
    for (const d of rest) {
      pages++;
      if (d.kind !== 'changed') console.log(`${d.kind}: ${d.file}`);
      else console.log(`changed: ${d.file}\n  before: ${JSON.stringify(d.before)}\n  after:  ${JSON.stringify(d.after)}`);
    }
    for (const d of flight.filter((f) => f.kind === 'added')) console.log(`flight file added: ${d.file}`);
  }
  return pages;
}

function main(argv: readonly string[]): void {
  const option = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const ref = option('--before');
  let beforeDir = option('--before-dir');
  if (!ref === !beforeDir) throw new Error('usage: tsx scripts/compare-builds.ts --before <git ref> | --before-dir <built project>');
  let worktree: string | null = null;
  if (ref) {
    worktree = checkoutRef(ref);
    beforeDir = worktree;
    buildProject(worktree);
  }
  if (!argv.includes('--no-build')) buildProject(root);
  const differences = new Map<string, Difference[]>();
  for (const output of OUTPUTS) {
    const before = readOutput(path.join(beforeDir as string, output.dir), output.kind);
    const after = readOutput(path.join(root, output.dir), output.kind);
    console.log(`${output.dir}: ${before.size} files before, ${after.size} after`);
    differences.set(output.dir, compareOutputs(output.kind, before, after));
  }
  const json = option('--json');
  if (json) writeFileSync(json, `${JSON.stringify(Object.fromEntries(differences), null, 2)}\n`);
  const changed = report(differences);
  if (worktree) {
    execFileSync('git', ['worktree', 'remove', '--force', worktree], { cwd: root });
    rmSync(path.dirname(worktree), { recursive: true, force: true });
  }
  console.log(changed ? `\n${changed} files differ besides flight files.` : '\nEvery compared file is identical, besides flight files.');
  process.exitCode = changed ? 1 : 0;
}

if (require.main === module) main(process.argv.slice(2));
