import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildCatalog } from '../content/catalog';
import { ADMIN_CARRIED_FIELDS, POST_FIELDS, type FieldSpec } from '../content/model';
import { validateCorpus, type SourceFile } from '../content/validate';
import { site } from '../site';
import { decapConfig, FILE_NAME_FIELD, POST_FORMAT, type DecapFieldConfig } from './config';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const collection = decapConfig(site).collections[0]!;
const byName = new Map<string, DecapFieldConfig>(collection.fields.map((field) => [field.name, field]));

test('the admin edits the posts folder in our lossless format, one pull request per post', () => {
  const config = decapConfig(site);
  assert.equal(config.locale, 'ru');
  assert.equal(config.publish_mode, 'editorial_workflow');
  assert.equal(config.backend.name, 'github');
  assert.equal(config.backend.repo, site.admin.repo);
  assert.equal(config.media_folder, 'public/images');
  assert.equal(config.public_folder, '/images');
  assert.equal(collection.folder, 'content/blog');
  assert.equal(collection.format, POST_FORMAT);
  assert.equal(collection.slug, `{{fields.${FILE_NAME_FIELD}}}`);
  assert.equal(config.local_backend, undefined, 'no local backend unless asked');
  assert.deepEqual(decapConfig(site, { localBackendUrl: 'http://127.0.0.1:8081/api/v1' }).local_backend, {
    url: 'http://127.0.0.1:8081/api/v1',
    allowed_hosts: ['127.0.0.1', 'localhost'],
  });
});

test('every model field is in the form, with the model label, required flag, default and pattern, or is carried through', () => {
  for (const spec of POST_FIELDS as readonly FieldSpec[]) {
    const field = byName.get(spec.name);
    if (ADMIN_CARRIED_FIELDS.includes(spec.name as never)) {
      assert.equal(field, undefined, `${spec.name} is carried through, not edited`);
      continue;
    }
    assert.ok(field, `${spec.name} is in the admin's form`);
    assert.equal(field.label, spec.label, `${spec.name}: label`);
    assert.equal(field.required, spec.required, `${spec.name}: required`);
    assert.equal(field.default, spec.default && 'value' in spec.default ? spec.default.value : undefined, `${spec.name}: default`);
    assert.deepEqual(field.pattern, spec.pattern ? [spec.pattern, `ожидается ${spec.expected}`] : undefined, `${spec.name}: pattern`);
  }
  // Nothing else than the model, the file name (never written into the file) and the body.
  const extra = collection.fields.map((field) => field.name).filter((name) => !POST_FIELDS.some((spec) => spec.name === name));
  assert.deepEqual(extra, [FILE_NAME_FIELD, 'body']);
  // The body is edited as plain markdown: Decap's rich text rewrites what it does not touch.
  assert.deepEqual(byName.get('body')?.modes, ['raw']);
});

/** What check:content prints as «ожидается …» for a post, by field. */
function expectedTexts(source: string): Map<string, string> {
  const files: SourceFile[] = [{ filePath: 'content/blog/proba.md', source }];
  const problems = validateCorpus(files, { catalog: buildCatalog(files), siteOrigins: [site.url], publicDir: path.join(ROOT, 'public') });
  return new Map(problems.map((problem) => [problem.field, problem.expected ?? '']));
}

test("each field's hint is the «ожидается» text check:content prints for that field", () => {
  // Required fields missing: the checker's text for a missing value.
  const missing = expectedTexts('---\nauthor: "А"\n---\nТекст.\n');
  // Optional fields with wrong values: the checker's text for a wrong value.
  const wrong = expectedTexts(
    '---\ntitle: "Т"\ndescription: "О"\npubDate: 2025-07-01\nupdatedDate: "вчера"\nauthor: [1]\nkeywords: 5\nheroImage: "kartinka.jpg"\nheroAlt: [1]\ndraft: "да"\nredirectFrom: 5\n---\nТекст.\n',
  );
  for (const field of collection.fields) {
    if (field.name === FILE_NAME_FIELD || field.name === 'body') continue;
    const printed = missing.get(field.name) ?? wrong.get(field.name);
    assert.ok(printed, `check:content reports ${field.name} in the probe`);
    assert.equal(field.hint, printed, `${field.name}: the hint is what check:content prints`);
  }
});
