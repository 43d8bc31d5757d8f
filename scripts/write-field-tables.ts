/**
 * Rewrites the frontmatter field tables in README.md and docs/editing.md from
 * the content model (lib/content/model.ts). Run after changing a field:
 *
 *   npx tsx scripts/write-field-tables.ts
 *
 * lib/content/field-tables.test.ts fails until the documents match the model.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIELD_TABLE_DOCUMENTS, withFieldTable } from '../lib/content/field-tables';

const root = path.resolve(__dirname, '..');
for (const { file, language } of FIELD_TABLE_DOCUMENTS) {
  const full = path.join(root, file);
  const before = readFileSync(full, 'utf8');
  const after = withFieldTable(before, language);
  if (after !== before) writeFileSync(full, after);
  console.log(`${file}: ${after === before ? 'up to date' : 'rewritten'}`);
}
