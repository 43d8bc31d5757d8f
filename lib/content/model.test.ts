import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { site } from '../site';
import { buildCatalog } from './catalog';
import { ADMIN_CARRIED_FIELDS, DATE_EXPECTED, decapFields, contentlayerFields, FIELD_NAMES, normalisedField, POST_FIELDS, type FieldSpec } from './model';
import { KNOWN_FIELDS, validatePostFile } from './validate';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GENERATED = path.join(ROOT, '.contentlayer', 'generated');

// ---------------------------------------------------------------------------
// Contentlayer: the definitions, and what it generated from them

test('the derived Contentlayer fields are the ones the generated types were built from', () => {
  // What contentlayer.config.ts declared by hand before the model: the generated types depend on exactly this.
  assert.deepEqual(contentlayerFields(), {
    title: { type: 'string', required: true },
    description: { type: 'string', required: true },
    pubDate: { type: 'string', required: true },
    updatedDate: { type: 'string' },
    author: { type: 'string' },
    keywords: { type: 'json' },
    heroImage: { type: 'string' },
    heroAlt: { type: 'string' },
    draft: { type: 'boolean', default: false },
    schema: { type: 'json' },
    redirectFrom: { type: 'json' },
  });
});

/** The TypeScript type Contentlayer writes for a field of the model. */
function generatedType(spec: FieldSpec): string {
  const type = { string: 'string', json: 'any', boolean: 'boolean' }[contentlayerFields()[spec.name as keyof ReturnType<typeof contentlayerFields>].type];
  const always = spec.required || (spec.kind === 'boolean' && spec.default !== undefined);
  return always ? `${spec.name}: ${type}` : `${spec.name}?: ${type} | undefined`;
}

// Contentlayer's own output, as `npm run build:content` (the first step of `npm test` and of every build) leaves it.
const generatedExists = existsSync(path.join(GENERATED, 'types.d.ts'));

test('the generated Post type has exactly the model\'s fields, with the model\'s optionality', { skip: !generatedExists && 'run npm run build:content first' }, () => {
  const types = readFileSync(path.join(GENERATED, 'types.d.ts'), 'utf8');
  const block = /export type Post = \{\n([\s\S]*?)\n\}/.exec(types)?.[1] ?? '';
  const lines = block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('/**'));
  const system = ['_id: string', '_raw: Local.RawDocumentData', "contentlayerDocumentType: 'Post'", 'body: Markdown'];
  const computed = ['slug: string', 'url: string', 'publishedAt: string', 'updatedAt: string'];
  assert.deepEqual(
    lines.filter((line) => !system.includes(line) && !computed.includes(line)),
    POST_FIELDS.map(generatedType),
  );
});

/** Does a value Contentlayer generated fit the model's kind of field? */
function fitsKind(spec: FieldSpec, value: unknown): boolean {
  switch (spec.kind) {
    case 'string':
    case 'text':
    case 'image':
      return typeof value === 'string';
    case 'date':
      return typeof value === 'string' && normalisedField({ [spec.name]: value }, spec.name as 'pubDate') !== null;
    case 'keywords':
    case 'slugs':
      return typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'));
    case 'boolean':
      return typeof value === 'boolean';
    case 'json-ld':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
  }
}

test('every generated document agrees with the model', { skip: !generatedExists && 'run npm run build:content first' }, () => {
  // The index lists the documents of the last run; Contentlayer leaves older runs' files beside it.
  const docs = JSON.parse(readFileSync(path.join(GENERATED, 'Post', '_index.json'), 'utf8')) as Record<string, unknown>[];
  assert.ok(docs.length > 0, 'no generated documents');
  const derived = new Set(['_id', '_raw', 'contentlayerDocumentType', 'body', 'slug', 'url', 'publishedAt', 'updatedAt']);
  const disagreements: string[] = [];
  for (const doc of docs) {
    const file = String(doc._id);
    for (const key of Object.keys(doc)) {
      if (!derived.has(key) && !FIELD_NAMES.includes(key as never)) disagreements.push(`${file}: ${key} is no field of the model`);
    }
    for (const spec of POST_FIELDS as readonly FieldSpec[]) {
      const value = doc[spec.name];
      if (value === undefined) {
        if (spec.required) disagreements.push(`${file}: required ${spec.name} is missing`);
        continue;
      }
      if (!fitsKind(spec, value)) disagreements.push(`${file}: ${spec.name} is not a ${spec.kind}: ${JSON.stringify(value)}`);
    }
    // The dates Contentlayer computed are the model's normalised dates.
    assert.equal(doc.publishedAt, normalisedField(doc, 'pubDate'), file);
    assert.equal(doc.updatedAt, normalisedField(doc, 'updatedDate') ?? normalisedField(doc, 'pubDate'), file);
  }
  assert.deepEqual(disagreements, []);
});

// ---------------------------------------------------------------------------
// The checker

test('the checker knows exactly the model\'s fields, in its order', () => {
  assert.deepEqual([...KNOWN_FIELDS], POST_FIELDS.map((spec) => spec.name));
});

/** A post with valid required fields, and one field set to `line` (or left out). */
function postWith(name: string, line: string | null): string {
  const base: Record<string, string> = { title: '"Статья"', description: '"Описание."', pubDate: '"2025-07-01"' };
  const fields = Object.entries(base)
    .filter(([key]) => key !== name)
    .map(([key, value]) => `${key}: ${value}`);
  if (line !== null) fields.push(`${name}: ${line}`);
  return `---\n${fields.join('\n')}\n---\nТекст.\n`;
}

function problemsOf(source: string) {
  const catalog = buildCatalog([{ filePath: 'content/blog/x.md', source }]);
  return validatePostFile({ filePath: 'content/blog/x.md', source }, { catalog, siteOrigins: [], publicDir: path.join(ROOT, 'public') });
}

test('every field of the model is checked by its kind, with the model\'s «ожидается» text', () => {
  for (const spec of POST_FIELDS as readonly FieldSpec[]) {
    // A number fits no field: each kind's check must say so with the entry's own text.
    const problems = problemsOf(postWith(spec.name, '5')).filter((p) => p.field === spec.name);
    assert.equal(problems.length, 1, `${spec.name}: ${JSON.stringify(problems)}`);
    assert.equal(problems[0]?.expected, spec.expected, spec.name);
    // The field is written last: after the two other required fields, or after all three.
    assert.equal(problems[0]?.line, spec.required ? 4 : 5, spec.name);
    if (!spec.required) continue;
    const missing = problemsOf(postWith(spec.name, null)).filter((p) => p.field === spec.name);
    assert.deepEqual(
      missing.map((p) => [p.message, p.expected]),
      [['нет обязательного поля', spec.expectedWhenMissing ?? spec.expected]],
      spec.name,
    );
  }
});

test('the length limits come from the model', () => {
  for (const spec of POST_FIELDS as readonly FieldSpec[]) {
    if (!spec.limit) continue;
    const { max, tooLong } = spec.limit;
    assert.deepEqual(problemsOf(postWith(spec.name, `"${'а'.repeat(max)}"`)).filter((p) => p.field === spec.name), []);
    const [problem] = problemsOf(postWith(spec.name, `"${'а'.repeat(max + 1)}"`)).filter((p) => p.field === spec.name);
    assert.equal(problem?.message, `${tooLong} ${max} символов (${max + 1})`);
    assert.equal(problem?.severity, 'warning');
  }
});

// ---------------------------------------------------------------------------
// Normalisation: what the reshape reads

test('normalisedField trims, defaults and parses as the pages always have', () => {
  const doc = { title: '  Заголовок ', description: ' Описание ', author: '   ', heroImage: ' /images/x.jpg ', keywords: 'а, б , а', draft: 'true' };
  assert.equal(normalisedField(doc, 'title'), 'Заголовок');
  assert.equal(normalisedField(doc, 'description'), 'Описание');
  // An empty author is the default author, as an absent one is.
  assert.equal(normalisedField(doc, 'author'), site.defaultAuthor);
  assert.equal(normalisedField({}, 'author'), site.defaultAuthor);
  assert.equal(normalisedField({ author: ' Анна ' }, 'author'), 'Анна');
  assert.equal(normalisedField(doc, 'heroImage'), '/images/x.jpg');
  assert.equal(normalisedField({ heroImage: '  ' }, 'heroImage'), null);
  // The hero's alt text defaults to the (trimmed) title.
  assert.equal(normalisedField(doc, 'heroAlt'), 'Заголовок');
  assert.equal(normalisedField({ ...doc, heroAlt: ' Кухня ' }, 'heroAlt'), 'Кухня');
  assert.deepEqual(normalisedField(doc, 'keywords'), ['а', 'б']);
  assert.deepEqual(normalisedField({ keywords: [' а ', 'б'] }, 'keywords'), ['а', 'б']);
  // Only a real true makes a draft.
  assert.equal(normalisedField(doc, 'draft'), false);
  assert.equal(normalisedField({ draft: true }, 'draft'), true);
  assert.equal(normalisedField({}, 'draft'), false);
  assert.equal(normalisedField({ pubDate: '2025-07-26' }, 'pubDate'), '2025-07-26T00:00:00+03:00');
  assert.equal(normalisedField({ pubDate: '32.13.2025' }, 'pubDate'), null);
  // A required text left empty stays text: `npm run dev` renders without the checker.
  assert.equal(normalisedField({ title: ' ' }, 'title'), '');
});

// ---------------------------------------------------------------------------
// An admin (Decap CMS) derives its form from the same table

test('the model gives an admin form everything a Decap CMS field needs', () => {
  const fields = decapFields();
  assert.deepEqual(
    fields.map((field) => field.name),
    POST_FIELDS.map((spec) => spec.name).filter((name) => name !== 'schema'),
  );
  assert.deepEqual(ADMIN_CARRIED_FIELDS, ['schema']);
  for (const field of fields) {
    assert.ok(field.label.length > 0 && /[а-яё]/i.test(field.label), `${field.name}: a Russian label`);
    assert.ok(field.hint.length > 0, `${field.name}: a hint`);
    assert.ok(['string', 'text', 'moscow-datetime', 'list', 'image', 'boolean'].includes(field.widget), `${field.name}: a Decap widget`);
  }
  const byName = new Map(fields.map((field) => [field.name, field]));
  assert.deepEqual(byName.get('title'), {
    name: 'title',
    label: 'Заголовок',
    widget: 'string',
    required: true,
    hint: 'заголовок статьи, например title: "Как ухаживать за паркетом"',
  });
  assert.equal(byName.get('description')?.widget, 'text');
  assert.equal(byName.get('author')?.default, site.defaultAuthor);
  assert.equal(byName.get('draft')?.default, false);
  assert.equal(byName.get('draft')?.widget, 'boolean');
  assert.equal(byName.get('keywords')?.widget, 'list');
  assert.equal(byName.get('heroImage')?.widget, 'image');
  // A default that is another field's value (heroAlt → title) is the reshape's, not the form's.
  assert.equal(byName.get('heroAlt')?.default, undefined);
  // The date pattern accepts what the checker accepts as a format, with the checker's text as the message.
  const pubDate = byName.get('pubDate');
  assert.equal(pubDate?.widget, 'moscow-datetime');
  assert.equal(pubDate?.hint, `дата публикации: ${DATE_EXPECTED}`);
  assert.deepEqual(pubDate?.pattern?.[1], `ожидается ${DATE_EXPECTED}`);
  const pattern = new RegExp(pubDate?.pattern?.[0] ?? '(?!)');
  for (const good of ['2025-07-26', '2025-07-26T09:57:37Z', '2025-07-26 10:30', '2025-07-26T10:30:00+03:00']) assert.ok(pattern.test(good), good);
  for (const bad of ['26.07.2025', '2025-7-26', 'вчера']) assert.ok(!pattern.test(bad), bad);
});
