/**
 * The preview pane: the post as its page will show it. The body goes through
 * the site's own markdown pipeline (lib/admin/preview-model.ts), the article
 * is the page's own component (components/PostArticle.tsx), rendered to
 * static HTML with React here, and the site's stylesheet is put into Decap's
 * preview frame. Decap's own React (window.h/createClass) only hosts the HTML.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { PlainHeroImage } from '../components/PlainHeroImage';
import { POST_PAGE_CLASS, PostArticle } from '../components/PostArticle';
import { catalogFromEntries, previewPost, type PostPreview, type PreviewEntry } from '../lib/admin/preview-model';
import type { PostCatalog } from '../lib/content/catalog';
import type { DecapCms, ImmutableLike, PreviewProps } from './decap.d';

const COLLECTION = 'blog';

/**
 * The site's stylesheets, read off the home page's <link rel="stylesheet">
 * once per admin session. Next names them by content hash and the admin is
 * built before Next (scripts/build-admin.ts), so they are looked up at run
 * time: the same in both outputs and in `npm run dev`. The site uses the
 * system font stack (app/globals.css), so no font file needs loading.
 */
async function siteStylesheets(): Promise<string[]> {
  try {
    const response = await fetch('/', { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    return [...page.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"][href]')].map((link) => new URL(link.getAttribute('href')!, window.location.origin).href);
  } catch (error) {
    console.warn('Предпросмотр: не удалось получить стили сайта с главной страницы', error);
    return [];
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface DecapPreviewProps extends PreviewProps {
  readonly getCollection: (collection: string) => Promise<readonly ImmutableLike[] | { toArray(): ImmutableLike[] }>;
}

/** The edited entry's data is an Immutable map; getCollection's entries carry the format's plain object. */
function asEntry(item: ImmutableLike): PreviewEntry {
  const data = item.get('data') as (ImmutableLike & object) | Record<string, unknown> | undefined;
  const plain = data && typeof (data as ImmutableLike).toJS === 'function' ? (data as ImmutableLike).toJS!() : data;
  return { slug: String(item.get('slug') ?? ''), data: (plain ?? {}) as Record<string, unknown> };
}

/** Every post of the branch the admin edits; an empty catalog (links shown as written) when it cannot be loaded. */
async function loadCatalogEntries(props: DecapPreviewProps): Promise<PreviewEntry[]> {
  try {
    const list = await props.getCollection(COLLECTION);
    const items = Array.isArray(list) ? list : (list as { toArray(): ImmutableLike[] }).toArray();
    return items.map(asEntry);
  } catch (error) {
    console.warn('Предпросмотр: не удалось загрузить список статей для ссылок', error);
    return [];
  }
}

/** Gives the frame the site's stylesheets (Decap adds registered styles only when it next renders the frame's head). */
function ensureStylesheets(doc: Document, hrefs: readonly string[]): void {
  const present = new Set([...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => link.href));
  for (const href of hrefs) {
    if (present.has(href)) continue;
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    doc.head.append(link);
  }
  // As app/layout.tsx: the text is Russian (hyphenation, quotes, screen readers).
  doc.documentElement.lang = 'ru';
}

const PROBLEMS_CLASS = 'mb-4 rounded-lg border border-amber-400 bg-amber-50 px-4 py-3 text-sm text-amber-950';

/** The page's HTML for one entry: the pipeline's problems (what check:content will say), then the page as the site renders it. */
export function previewMarkup(preview: PostPreview, now: Date): string {
  const problems = preview.problems.length ? (
    <div role="status" data-preview-problems className={PROBLEMS_CLASS}>
      <p>
        <strong className="font-semibold">Проверка статьи найдёт:</strong>
      </p>
      <ul>
        {preview.problems.map((problem, index) => (
          <li key={index}>
            {problem.severity === 'error' ? 'ошибка' : 'предупреждение'}: {problem.text}
          </li>
        ))}
      </ul>
    </div>
  ) : null;
  return renderToStaticMarkup(
    // The page's <body> colours (app/layout.tsx), then its frame.
    <div className="bg-white text-slate-900">
      <div className={POST_PAGE_CLASS}>
        {problems}
        <PostArticle post={preview.post} Hero={PlainHeroImage} now={now} />
      </div>
    </div>,
  );
}

export function registerPreview(cms: DecapCms): void {
  const h = window.h!;
  const stylesheets = siteStylesheets().then((hrefs) => {
    for (const href of hrefs) cms.registerPreviewStyle(href);
    return hrefs;
  });
  let catalogEntries: Promise<PreviewEntry[]> | null = null;

  interface State {
    html: string;
  }
  type Self = {
    props: DecapPreviewProps;
    state: State;
    setState(state: State): void;
    renders: number;
    update(): Promise<void>;
  };

  const Preview = window.createClass!({
    getInitialState(): State {
      return { html: '' };
    },
    componentDidMount(this: Self) {
      // Once per opened entry: links are checked against the posts as they are now.
      catalogEntries = loadCatalogEntries(this.props);
      void this.update();
    },
    componentDidUpdate(this: Self, previous: DecapPreviewProps) {
      if (previous.entry !== this.props.entry) void this.update();
    },
    async update(this: Mutable<Self>) {
      const render = (this.renders = (this.renders ?? 0) + 1);
      const { entry, getAsset, document: frame } = this.props;
      const current = asEntry(entry);
      const [hrefs, entries] = await Promise.all([stylesheets, catalogEntries ?? Promise.resolve([])]);
      ensureStylesheets(frame, hrefs);
      const catalog: PostCatalog = catalogFromEntries(entries, current);
      const now = new Date();
      const preview = await previewPost(current, {
        catalog,
        now,
        // Local /images/… through Decap, so a picture just uploaded (not yet in the repository) shows.
        assetUrl: (src) => (src.startsWith('/') ? String(getAsset(src)) : src),
      });
      // A slower render of an older value must not overwrite a newer one.
      if (render === this.renders) this.setState({ html: previewMarkup(preview, now) });
    },
    render(this: Self) {
      return h('div', { 'data-post-preview': '', dangerouslySetInnerHTML: { __html: this.state.html } });
    },
  });
  cms.registerPreviewTemplate(COLLECTION, Preview);
}
