import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
// TypeScript 7 has no JavaScript API; its v6 API parses TSX the same way.
import ts from '@typescript/typescript6';
import { CONTENT_TIME_ZONE } from './content/dates';
import { site } from './site';

const root = path.resolve(__dirname, '..');

/** The texts a page shows or a program compares: string and template literals and JSX text, comments left out. */
function literalsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function pageCode(): string[] {
  return ['app', 'components', 'lib'].flatMap((dir) =>
    readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
      .map((file) => path.join(dir, file))
      .filter((file) => file !== path.join('lib', 'site.ts')),
  );
}

test('what a company changes is written only in lib/site.ts', () => {
  const org = site.organization;
  const facts = [...new Set([
    site.shortName,
    site.defaultAuthor,
    site.searchExample,
    site.timeZone,
    org.name,
    org.telephone,
    org.email,
    org.areaServed,
    org.business,
    new URL(org.url).host,
    ...site.placeholders.map((action) => action.href),
  ])];
  const leaks = pageCode().flatMap((file) =>
    literalsOf(path.join(root, file)).flatMap((text) =>
      facts.filter((fact) => text.toLowerCase().includes(fact.toLowerCase())).map((fact) => `${file}: «${fact}» in «${text.trim()}»`),
    ),
  );
  assert.deepEqual(leaks, []);
});

test('one time zone: the content dates use the site’s', () => {
  assert.equal(CONTENT_TIME_ZONE, site.timeZone);
});
