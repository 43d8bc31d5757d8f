import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { FIELD_TABLE_DOCUMENTS, fieldTableIn, renderFieldTable, TABLE_END, TABLE_START, withFieldTable } from './field-tables';
import { POST_FIELDS } from './model';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

for (const { file, language } of FIELD_TABLE_DOCUMENTS) {
  test(`the field table in ${file} is the one the content model renders`, () => {
    const table = fieldTableIn(read(file));
    assert.ok(table !== null, `${file} has no field table markers`);
    assert.equal(table, renderFieldTable(language), `${file}: run npx tsx scripts/write-field-tables.ts`);
  });
}

test('the tables have one row per field of the model, with its required flag', () => {
  const rows = renderFieldTable('ru').split('\n').slice(2);
  assert.deepEqual(
    rows.map((row) => row.split(' | ').slice(0, 2).join(' | ')),
    POST_FIELDS.map((spec) => `| \`${spec.name}\` | ${spec.required ? 'да' : 'нет'}`),
  );
  assert.match(renderFieldTable('en'), /^\| field \| required \| what it is \|\n\|---\|---\|---\|\n\| `title` \| yes \| /);
});

test('withFieldTable replaces only what is between the markers', () => {
  const stale = `Intro.\n\n${TABLE_START}\n| old | table |\n${TABLE_END}\n\nOutro.\n`;
  const fresh = withFieldTable(stale, 'ru');
  assert.equal(fresh, `Intro.\n\n${TABLE_START}\n${renderFieldTable('ru')}\n${TABLE_END}\n\nOutro.\n`);
  assert.equal(withFieldTable(fresh, 'ru'), fresh);
  assert.equal(fieldTableIn('no markers'), null);
  assert.throws(() => withFieldTable('no markers', 'ru'), /no field table markers/);
});
