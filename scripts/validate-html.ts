/**
 * `npm run check:html`: html-validate (recommended preset, with the changes
 * and their reasons in .htmlvalidate.mjs) over the built pages: every page of
 * the static export, which has every page type of the real site, and from
 * the fixture site's export the pages the real site has no example of.
 *
 *   tsx scripts/validate-html.ts
 *
 * Exits 1 on any error, and when there are no pages: a check that finds
 * nothing must not pass.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { htmlPagesUnder } from '../build/built-site';
import { fixturePost, RENAMED, UNREACHABLE_HERO } from '../support/fixture-corpus';

const SITE_DIR = 'out';
const FIXTURE_DIR = 'out-fixture';

function pagesIn(dir: string): string[] {
  if (!existsSync(path.join(dir, 'index.html'))) throw new Error(`${dir}/index.html not found: build it first`);
  return htmlPagesUnder(dir).map((file) => path.join(dir, file));
}

/**
 * Later pages of the home and tag listings, a renamed post's meta-refresh page, and the post whose hero cannot
 * load. Not the hostile post: its body is an attacker's markup, kept only to
 * prove that nothing in it runs (what survives sanitising, such as an <img>
 * without alt, is no page type of ours).
 */
function fixtureOnlyPages(): string[] {
  const laterPage = /\/page\/(?:[2-9]|\d{2,})\/index\.html$/;
  const hero = path.join(FIXTURE_DIR, 'blog', fixturePost(UNREACHABLE_HERO.post).slug, 'index.html');
  // A renamed post's meta-refresh page at its old address (app/blog/[slug], export only).
  const moved = path.join(FIXTURE_DIR, 'blog', RENAMED.text.from, 'index.html');
  const pages = pagesIn(FIXTURE_DIR).filter((file) => laterPage.test(file.split(path.sep).join('/')));
  if (pages.length === 0 || !existsSync(hero) || !existsSync(moved)) throw new Error(`${FIXTURE_DIR} lacks its later listing pages, ${hero} or ${moved}`);
  return [...pages, hero, moved];
}

async function main(): Promise<number> {
  const started = performance.now();
  const site = pagesIn(SITE_DIR);
  const fixture = fixtureOnlyPages();
  const files = [...site, ...fixture];
  const where = `${site.length} in ${SITE_DIR}, ${fixture.length} in ${FIXTURE_DIR}`;
  // Configuration comes from .htmlvalidate.mjs at the repository root, as for the CLI.
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const report = await validator.validateMultipleFiles(files);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (!report.valid) {
    console.error(formatterFactory('stylish')(report.results));
    console.error(`html-validate: ${report.errorCount} errors in ${report.results.length} of ${files.length} pages (${where}), ${seconds} s`);
    return 1;
  }
  console.log(`html-validate: ${files.length} pages (${where}), 0 errors, ${report.warningCount} warnings, ${seconds} s`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`validate-html: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
