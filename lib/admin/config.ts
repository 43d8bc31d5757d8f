/**
 * The Decap CMS configuration of the admin at /admin/, derived from the
 * content model (lib/content/model.ts) and the site configuration: the
 * editor's form is the checker's table, with the checker's own Russian texts.
 * Pure, so admin/main.ts builds it in the browser and config.test.ts holds it
 * to the model.
 */
import { MAX_IMAGE_BYTES } from '../content/image-file';
import { decapFields, type DecapField } from '../content/model';
import type { SiteConfig } from '../site';

/** Our custom format (lib/admin/frontmatter-format.ts), registered by admin/main.ts. */
export const POST_FORMAT = 'post-frontmatter';
/** Our file-name widget (admin/widgets): a Latin name made from the title, editable, checked like check:content does. */
export const FILE_NAME_WIDGET = 'post-file-name';
/** The entry field the file-name widget keeps; the format never writes it into the file. */
export const FILE_NAME_FIELD = 'fileName';

export interface DecapFieldConfig {
  readonly name: string;
  readonly label: string;
  readonly widget: string;
  readonly required?: boolean;
  readonly hint?: string;
  readonly default?: string | boolean;
  readonly pattern?: readonly [string, string];
  readonly [option: string]: unknown;
}

export interface DecapConfig {
  readonly load_config_file: false;
  readonly locale: 'ru';
  readonly backend: Readonly<Record<string, string | boolean>>;
  readonly local_backend?: { readonly url: string; readonly allowed_hosts: readonly string[] };
  readonly publish_mode: 'editorial_workflow';
  readonly media_folder: string;
  readonly public_folder: string;
  readonly site_url: string;
  readonly display_url: string;
  readonly slug: { readonly encoding: 'ascii'; readonly clean_accents: true; readonly sanitize_replacement: '-' };
  readonly collections: readonly DecapCollection[];
}

export interface DecapCollection {
  readonly name: string;
  readonly label: string;
  readonly label_singular: string;
  readonly description: string;
  readonly folder: string;
  readonly extension: 'md';
  readonly format: typeof POST_FORMAT;
  readonly create: true;
  readonly slug: string;
  readonly identifier_field: string;
  readonly summary: string;
  readonly sortable_fields: readonly string[];
  readonly preview_path: string;
  readonly fields: readonly DecapFieldConfig[];
}

export interface AdminOptions {
  /** decap-server's API on loopback, when the admin runs on the editor's own machine. */
  readonly localBackendUrl?: string;
}

/** Decap's field for one model field. */
function fieldConfig(field: DecapField): DecapFieldConfig {
  const { name, label, widget, required, hint } = field;
  const base = { name, label, widget, required, hint };
  const extra: Record<string, unknown> = {};
  if (field.default !== undefined) extra.default = field.default;
  if (field.pattern) extra.pattern = field.pattern;
  if (widget === 'image') Object.assign(extra, { choose_url: true, media_library: { config: { multiple: false, max_file_size: MAX_IMAGE_BYTES } } });
  // Keywords in one line, «уборка, паркет»: Decap splits the line at commas.
  if (widget === 'list') Object.assign(extra, { allow_add: true });
  return { ...base, ...extra };
}

const FILE_NAME: DecapFieldConfig = {
  name: FILE_NAME_FIELD,
  label: 'Имя файла (адрес статьи)',
  widget: FILE_NAME_WIDGET,
  // Empty is fine: it is made from the title before saving (admin/widgets/file-name.ts).
  required: false,
  hint: 'заполняется из заголовка, можно исправить: только строчные латинские буквы, цифры и одиночные дефисы; статья будет по адресу /blog/<имя>/',
};

const BODY: DecapFieldConfig = {
  name: 'body',
  label: 'Текст статьи',
  widget: 'markdown',
  // Raw markdown only: Decap's rich-text mode rewrites what it does not edit
  // (`[` to `\[`, `>-` to `\>-`, `---` to `- - -`; STACK.md).
  modes: ['raw'],
  required: true,
  hint: 'текст в формате markdown; заголовки разделов — строки, начинающиеся с «## »',
};

export function decapConfig(site: Pick<SiteConfig, 'url' | 'admin'>, options: AdminOptions = {}): DecapConfig {
  const model = decapFields().map(fieldConfig);
  const [title, ...rest] = model;
  return {
    load_config_file: false,
    locale: 'ru',
    backend: {
      name: 'github',
      repo: site.admin.repo,
      branch: site.admin.branch,
      base_url: site.admin.oauthBaseUrl,
      auth_endpoint: site.admin.authEndpoint,
      squash_merges: true,
    },
    ...(options.localBackendUrl ? { local_backend: { url: options.localBackendUrl, allowed_hosts: ['127.0.0.1', 'localhost'] } } : {}),
    publish_mode: 'editorial_workflow',
    media_folder: 'public/images',
    public_folder: '/images',
    site_url: site.url,
    display_url: site.url,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: 'blog',
        label: 'Статьи',
        label_singular: 'статью',
        description: 'Статьи блога. Каждая сохраняется как файл в content/blog и публикуется после проверки и слияния запроса.',
        folder: 'content/blog',
        extension: 'md',
        format: POST_FORMAT,
        create: true,
        slug: `{{fields.${FILE_NAME_FIELD}}}`,
        identifier_field: 'title',
        summary: '{{title}}',
        sortable_fields: ['pubDate', 'title'],
        preview_path: 'blog/{{slug}}/',
        fields: [title!, FILE_NAME, ...rest, BODY],
      },
    ],
  };
}
