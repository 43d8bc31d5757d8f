import { site } from '../site';
import { ISO_DATE, parseContentDate } from './dates';
import { parseKeywords } from './keywords';
import { parseSlugList } from './slug-list';

/**
 * The content model of a post: one entry per frontmatter field, in the order
 * editors write them (and check:content reports them). Everything else is
 * derived from this table: Contentlayer's `fields` (contentlayer.config.ts),
 * check:content's known fields and per-field checks (./checks), the reshape
 * into PostSummary (./reshape.ts), the field tables in README.md and
 * docs/editing.md (./field-tables.ts) and an admin's field list (decapFields).
 * In the spirit of Astro's content.config.ts, but plain data: the Russian
 * texts the editor reads are part of it, and a schema library would hide them.
 */

/** What kind of value a field holds; each kind has its own check (./checks) and its own admin widget. */
export type FieldKind =
  /** One line of text. */
  | 'string'
  /** Text that may run over several lines in an editor's input (still one YAML value). */
  | 'text'
  /** A date or date-time; without an offset it is Moscow time (./dates.ts). */
  | 'date'
  /** A comma-separated string or a YAML list of keywords, which are also the post's tags. */
  | 'keywords'
  /** An https:// address or a path to a file in public/. */
  | 'image'
  /** true or false, unquoted. */
  | 'boolean'
  /** A JSON-LD object (the editor's HowTo), checked against schema.org. */
  | 'json-ld'
  /** Old slugs of a renamed post (a YAML list, or one slug as text), each redirected to the post (./redirects.ts). */
  | 'slugs';

/** How a value read from the file becomes the value pages use. */
export type Normalisation =
  /** Trimmed text; empty or not text is absent. */
  | 'trim'
  /** ISO 8601 with offset (parseContentDate); not a date is absent. */
  | 'date'
  /** A trimmed, de-duplicated list (parseKeywords) from a string or a list; never absent. */
  | 'keywords'
  /** true only for a real true; never absent. */
  | 'flag'
  /** Kept as written (lib/seo gives the JSON-LD its type). */
  | 'as-written'
  /** A trimmed, de-duplicated list of slugs (parseSlugList) from one string or a list; never absent. */
  | 'slugs';

/** What an absent (or, after normalising, empty) field becomes. */
export type FieldDefault =
  | { readonly value: string | boolean }
  /** The normalised value of another field. */
  | { readonly sameAs: string };

/** A length past which check:content warns (the post still builds). */
export interface LengthLimit {
  /** Characters, as an editor counts them (spaces collapsed). */
  readonly max: number;
  /** The warning's opening words, before «N символов (M)». */
  readonly tooLong: string;
  /** Why the limit exists, after «до N символов:». */
  readonly advice: string;
}

export interface FieldSpec {
  readonly name: string;
  readonly kind: FieldKind;
  readonly required: boolean;
  readonly default?: FieldDefault;
  /** Short Russian name of the field, as an admin form labels it. */
  readonly label: string;
  /** The «ожидается …» text for a wrong value (and for a missing or empty one, unless expectedWhenMissing says otherwise). */
  readonly expected: string;
  readonly expectedWhenMissing?: string;
  /** A regular expression (its source) every well-formed value matches, for an admin to check as the editor types. */
  readonly pattern?: string;
  readonly limit?: LengthLimit;
  /** Drawn on the generated social image (app/og), whose fonts cover only some characters. */
  readonly onSocialImage?: boolean;
  /** A date field that may not be earlier than this date field. */
  readonly notBefore?: string;
  readonly normalise: Normalisation;
  /** The "what it is" cell of the field tables: Russian for docs/editing.md, English for README.md. */
  readonly docs: { readonly ru: string; readonly en: string };
}

export const DATE_EXPECTED = '2025-07-26 или 2025-07-26T09:57:37Z';

/** For any image address the checker reads: the hero and images in the body alike. */
export const IMAGE_ADDRESS_EXPECTED = 'адрес https://… или путь к файлу в папке public, например /images/bank-card.jpg';

const ONE_LINE_TEXT = 'текст в одну строку, при необходимости в кавычках';

export const POST_FIELDS = [
  {
    name: 'title',
    kind: 'string',
    required: true,
    label: 'Заголовок',
    expected: 'заголовок статьи, например title: "Как ухаживать за паркетом"',
    limit: { max: 70, tooLong: 'заголовок длиннее', advice: 'поисковики обрезают более длинные заголовки' },
    onSocialImage: true,
    normalise: 'trim',
    docs: {
      ru: 'заголовок статьи',
      en: "The document title (browser tab, cards, feeds). Long titles may use YAML's folded form: `title: >-` and the text on the next, indented line.",
    },
  },
  {
    name: 'description',
    kind: 'text',
    required: true,
    label: 'Описание',
    expected: 'краткое описание статьи для поисковиков и соцсетей',
    limit: { max: 160, tooLong: 'описание длиннее', advice: 'поисковики обрезают более длинные описания' },
    normalise: 'trim',
    docs: {
      ru: 'краткое описание для списка статей и поисковиков',
      en: 'One or two sentences for the listing and search engines (up to ~160 characters).',
    },
  },
  {
    name: 'pubDate',
    kind: 'date',
    required: true,
    label: 'Дата публикации',
    expected: DATE_EXPECTED,
    expectedWhenMissing: `дата публикации: ${DATE_EXPECTED}`,
    pattern: ISO_DATE.source,
    normalise: 'date',
    docs: {
      ru: 'дата публикации',
      en: '`2025-07-26` or `2025-07-26T09:57:37Z`. A date or time without an offset is Moscow time. A future date keeps the post unpublished until a build after that date.',
    },
  },
  {
    name: 'updatedDate',
    kind: 'date',
    required: false,
    label: 'Дата обновления',
    expected: DATE_EXPECTED,
    pattern: ISO_DATE.source,
    notBefore: 'pubDate',
    normalise: 'date',
    docs: { ru: 'дата последнего обновления', en: 'Same format; not earlier than `pubDate`.' },
  },
  {
    name: 'author',
    kind: 'string',
    required: false,
    default: { value: site.defaultAuthor },
    label: 'Автор',
    expected: ONE_LINE_TEXT,
    onSocialImage: true,
    normalise: 'trim',
    docs: { ru: `автор; по умолчанию «${site.defaultAuthor}»`, en: `Shown under the headline; defaults to «${site.defaultAuthor}».` },
  },
  {
    name: 'keywords',
    kind: 'keywords',
    required: false,
    label: 'Ключевые слова',
    expected: 'слова через запятую в одной строке или список, где каждая строка начинается с «- »',
    normalise: 'keywords',
    docs: {
      ru: 'ключевые слова, они же темы (теги) статьи',
      en: 'A comma-separated string (`"доверие клиентов, лояльность"`) or a YAML list.',
    },
  },
  {
    name: 'heroImage',
    kind: 'image',
    required: false,
    label: 'Главная картинка',
    expected: IMAGE_ADDRESS_EXPECTED,
    normalise: 'trim',
    docs: {
      ru: 'главная картинка статьи',
      en: 'An `https://` URL, or a path to a file in `public/` such as `/images/bank-card.jpg`.',
    },
  },
  {
    name: 'heroAlt',
    kind: 'string',
    required: false,
    default: { sameAs: 'title' },
    label: 'Описание главной картинки',
    expected: ONE_LINE_TEXT,
    normalise: 'trim',
    docs: { ru: 'описание главной картинки; по умолчанию — заголовок', en: 'Alt text for the hero; defaults to the title.' },
  },
  {
    name: 'draft',
    kind: 'boolean',
    required: false,
    default: { value: false },
    label: 'Черновик',
    expected: 'draft: true (черновик, на сайте не виден) или draft: false, без кавычек',
    normalise: 'flag',
    docs: {
      ru: '`true` — черновик; по умолчанию `false`',
      en: '`true` keeps the post out of the production site; `npm run dev` still shows it.',
    },
  },
  {
    name: 'schema',
    kind: 'json-ld',
    required: false,
    label: 'Разметка HowTo',
    expected: 'объект в фигурных скобках без кавычек вокруг: schema: {"@context": "https://schema.org", "@type": "HowTo", …}',
    normalise: 'as-written',
    docs: { ru: 'разметка HowTo для поисковиков, в формате JSON', en: "A JSON-LD `HowTo` object, merged into the page's structured data." },
  },
  {
    name: 'redirectFrom',
    kind: 'slugs',
    required: false,
    label: 'Старые адреса',
    expected: 'список прежних имён файла статьи без .md, каждое с новой строки после «- », например redirectFrom: [staroe-imya]',
    normalise: 'slugs',
    docs: {
      ru: 'прежние имена файла (без `.md`) после переименования: старые адреса навсегда ведут на статью',
      en: 'Old slugs after a rename (a YAML list, or one slug as text): each `/blog/<old>/` permanently redirects here (308 from `npm start`, `_redirects` and a meta-refresh page in the export).',
    },
  },
] as const satisfies readonly FieldSpec[];

export type PostField = (typeof POST_FIELDS)[number];
export type PostFieldName = PostField['name'];
type SpecNamed<N extends PostFieldName> = Extract<PostField, { readonly name: N }>;

export const FIELD_NAMES: readonly PostFieldName[] = POST_FIELDS.map((field) => field.name);

const BY_NAME: ReadonlyMap<string, PostField> = new Map(POST_FIELDS.map((field) => [field.name, field]));

export function fieldSpec<N extends PostFieldName>(name: N): SpecNamed<N> {
  return BY_NAME.get(name) as SpecNamed<N>;
}

/** The model entry of a key as written, or undefined for a key the model does not know. */
export function knownField(key: string): PostField | undefined {
  return BY_NAME.get(key);
}

// ---------------------------------------------------------------------------
// Normalisation: what pages read

type NormalisedOf<S> = S extends { readonly normalise: 'keywords' | 'slugs' }
  ? readonly string[]
  : S extends { readonly normalise: 'flag' }
    ? boolean
    : S extends { readonly normalise: 'as-written' }
      ? unknown
      : S extends { readonly normalise: 'trim' } & ({ readonly required: true } | { readonly default: FieldDefault })
        ? string
        : string | null;

/** The value of a field as pages use it. */
export type NormalisedValue<N extends PostFieldName> = NormalisedOf<SpecNamed<N>>;

function normaliseValue(normalise: Normalisation, value: unknown): unknown {
  switch (normalise) {
    case 'trim':
      return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
    case 'date':
      return parseContentDate(value);
    case 'keywords':
      return parseKeywords(value);
    case 'flag':
      return value === true;
    case 'as-written':
      return value ?? null;
    case 'slugs':
      return parseSlugList(value);
  }
}

/**
 * One field of a document (Contentlayer's, or any record of frontmatter) as
 * pages use it: normalised, or its default when absent or empty after
 * normalising. A required text field that is empty stays '' (check:content
 * refuses it before a build; `npm run dev` still renders).
 */
export function normalisedField<N extends PostFieldName>(frontmatter: object, name: N): NormalisedValue<N> {
  const spec: FieldSpec = fieldSpec(name);
  const value = normaliseValue(spec.normalise, (frontmatter as Readonly<Record<string, unknown>>)[name]);
  if (value !== null) return value as NormalisedValue<N>;
  const fallback = spec.default;
  if (fallback && 'value' in fallback) return fallback.value as NormalisedValue<N>;
  if (fallback && 'sameAs' in fallback) return normalisedField(frontmatter, fallback.sameAs as PostFieldName) as NormalisedValue<N>;
  return (spec.required && spec.normalise === 'trim' ? '' : null) as NormalisedValue<N>;
}

// ---------------------------------------------------------------------------
// Derived: Contentlayer's field definitions

/** Contentlayer's field definitions, the part of its FieldDef union the model uses. */
export type ContentlayerField =
  | { readonly type: 'string'; readonly required?: true }
  | { readonly type: 'json'; readonly required?: true }
  | { readonly type: 'boolean'; readonly required?: true; readonly default?: boolean };

const CONTENTLAYER_TYPE: Readonly<Record<FieldKind, 'string' | 'json' | 'boolean'>> = {
  string: 'string',
  text: 'string',
  // Dates stay text: Contentlayer's own date type reads offset-less times in the build machine's zone (./dates.ts).
  date: 'string',
  image: 'string',
  // A comma-separated string (the old blog) or a YAML list.
  keywords: 'json',
  boolean: 'boolean',
  'json-ld': 'json',
  // One slug as text, or a YAML list.
  slugs: 'json',
};

/**
 * Contentlayer's `fields` for a post. Only a boolean's default goes to
 * Contentlayer (a missing flag is false to everyone); text defaults are
 * applied by normalisedField after trimming, which Contentlayer cannot do (an
 * empty author is the default author too), and would make the generated type
 * claim a value the file does not have.
 */
export function contentlayerFields(): Record<PostFieldName, ContentlayerField> {
  return Object.fromEntries(POST_FIELDS.map((spec) => [spec.name, contentlayerField(spec)])) as Record<PostFieldName, ContentlayerField>;
}

function contentlayerField(spec: FieldSpec): ContentlayerField {
  const required = spec.required ? { required: true as const } : {};
  switch (CONTENTLAYER_TYPE[spec.kind]) {
    case 'string':
      return { type: 'string', ...required };
    case 'json':
      return { type: 'json', ...required };
    case 'boolean': {
      const fixed = spec.default && 'value' in spec.default && typeof spec.default.value === 'boolean' ? { default: spec.default.value } : {};
      return { type: 'boolean', ...required, ...fixed };
    }
  }
}

// ---------------------------------------------------------------------------
// Derived: an admin's field list (Decap CMS's collection `fields`)

/**
 * Decap's own widgets, and ours (admin/widgets): `moscow-datetime` shows and
 * picks Moscow time whatever the browser's zone (Decap's datetime widget uses
 * the browser's).
 */
export type DecapWidget = 'string' | 'text' | 'moscow-datetime' | 'list' | 'image' | 'boolean';

export interface DecapField {
  readonly name: string;
  readonly label: string;
  readonly widget: DecapWidget;
  readonly required: boolean;
  readonly hint: string;
  readonly default?: string | boolean;
  /** Decap's [regular expression, message shown when a value does not match]. */
  readonly pattern?: readonly [string, string];
}

/** null: the admin does not edit the field and carries it through byte-identical (lib/admin/frontmatter-format.ts). */
const DECAP_WIDGET: Readonly<Record<FieldKind, DecapWidget | null>> = {
  string: 'string',
  text: 'text',
  date: 'moscow-datetime',
  // Decap's list without sub-fields: one text input, items separated by commas.
  keywords: 'list',
  image: 'image',
  boolean: 'boolean',
  // The editor's HowTo is JSON-LD an SEO specialist writes; a form would only break it.
  'json-ld': null,
  // Decap's list without sub-fields, as for keywords: one input, slugs separated by commas.
  slugs: 'list',
};

/** The fields the admin does not show, kept as written when it saves. */
export const ADMIN_CARRIED_FIELDS: readonly PostFieldName[] = POST_FIELDS.filter((spec) => DECAP_WIDGET[spec.kind] === null).map((spec) => spec.name);

/**
 * The fields of a Decap CMS collection for posts: what an admin form needs of
 * each field, with the checker's own «ожидается» text as the hint. A default
 * that is another field's value has no Decap equivalent and is left to the
 * reshape.
 */
export function decapFields(): DecapField[] {
  return POST_FIELDS.flatMap((spec: FieldSpec): DecapField[] => {
    const widget = DECAP_WIDGET[spec.kind];
    if (widget === null) return [];
    const fixed = spec.default && 'value' in spec.default ? { default: spec.default.value } : {};
    return [
      {
        name: spec.name,
        label: spec.label,
        widget,
        required: spec.required,
        hint: spec.expectedWhenMissing ?? spec.expected,
        ...fixed,
        ...(spec.pattern ? { pattern: [spec.pattern, `ожидается ${spec.expected}`] as const } : {}),
      },
    ];
  });
}
