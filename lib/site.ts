/**
 * The one site configuration. Everything that names the company, its URLs or
 * its calls to action comes from here, so the engine can serve another company
 * blog by editing this file alone.
 */

const DEFAULT_SITE_URL = 'https://butlerspb-blog.netlify.app';

/** Normalises an origin: no trailing slash, so `${url}/blog/x/` never doubles it. */
export function normaliseSiteUrl(raw: string | undefined): string {
  const value = (raw ?? '').trim() || DEFAULT_SITE_URL;
  const parsed = new URL(value);
  return parsed.origin;
}

export interface PlaceholderAction {
  /** The text between the brackets, as editors write it. */
  readonly text: string;
  /** A prominent button, or an ordinary link. */
  readonly kind: 'button' | 'link';
  readonly label: string;
  readonly href: string;
}

export interface SiteConfig {
  /** Absolute origin of the deployed site, overridable with SITE_URL. */
  readonly url: string;
  readonly name: string;
  /**
   * The name as it reads inside a sentence, in the genitive («Статьи блога
   * ButlerSPB по теме …»): Russian inflects it, so it is written out here.
   */
  readonly nameGenitive: string;
  readonly shortName: string;
  readonly description: string;
  readonly locale: 'ru-RU';
  readonly ogLocale: 'ru_RU';
  /** IANA zone used for bare dates in frontmatter and for showing dates (lib/content/dates.ts). */
  readonly timeZone: string;
  readonly defaultAuthor: string;
  /** Social preview for pages without a hero image (public/og-default.png). */
  readonly defaultOgImage: {
    readonly url: string;
    readonly width: number;
    readonly height: number;
    readonly alt: string;
  };
  readonly organization: {
    readonly name: string;
    readonly legalName: string;
    readonly url: string;
    readonly logo: { readonly url: string; readonly width: number; readonly height: number };
    readonly sameAs: readonly string[];
    readonly telephone: string;
    readonly email: string;
    readonly areaServed: string;
    /** What the company does, as the footer says it: «Клининговая компания, Санкт-Петербург». */
    readonly business: string;
  };
  /** An example query the search field shows as its placeholder. */
  readonly searchExample: string;
  /**
   * Editorial placeholders the old blog printed as bracketed text, and the
   * real action each becomes: the posts' calls to action, configured only
   * here. A paragraph that is only `[…]` (bold or not) must match one of
   * these, or the build fails. See docs/editing.md.
   */
  readonly placeholders: readonly PlaceholderAction[];
  readonly nav: readonly { readonly label: string; readonly href: string }[];
  /**
   * Origins pages may load images from besides the site itself. The
   * Content-Security-Policy (lib/security/policy.ts) allows exactly these, so a
   * hero image on any other host is blocked by the browser.
   */
  readonly imageOrigins: readonly string[];
  /**
   * The browser admin (Decap CMS at /admin/): which repository it commits to
   * and where its GitHub login handler runs (lib/admin/oauth.ts; README,
   * "Admin login (GitHub OAuth)").
   */
  readonly admin: {
    /** The GitHub repository, `owner/name`, the admin opens pull requests in. */
    readonly repo: string;
    readonly branch: string;
    /**
     * Origin of the OAuth handler (Decap's `base_url`), overridable with
     * DECAP_OAUTH_BASE_URL: the site's own origin when the handler is the
     * server build's route or a function on the same static host; another
     * origin when it runs elsewhere (a Cloudflare Worker).
     */
    readonly oauthBaseUrl: string;
    /**
     * The handler's path under `oauthBaseUrl`, without slashes (Decap's
     * `auth_endpoint`); its callback is `<authEndpoint>/callback/`. The server
     * build's route handlers live in app/api/auth/, so keep `api/auth` there.
     */
    readonly authEndpoint: string;
    /** The port of decap-server on 127.0.0.1 for editing on one's own machine (`npm run admin`). */
    readonly localBackendPort: number;
  };
}

const siteUrl = normaliseSiteUrl(process.env.SITE_URL);

export const site: SiteConfig = {
  url: siteUrl,
  name: 'Блог ButlerSPB',
  nameGenitive: 'блога ButlerSPB',
  shortName: 'ButlerSPB',
  description:
    'Блог клининговой компании ButlerSPB из Санкт-Петербурга: как мы работаем, чистота и порядок дома, советы владельцам квартир.',
  locale: 'ru-RU',
  ogLocale: 'ru_RU',
  timeZone: 'Europe/Moscow',
  defaultAuthor: 'Редакция ButlerSPB',
  defaultOgImage: {
    url: '/og-default.png',
    width: 1200,
    height: 630,
    alt: 'Блог ButlerSPB — клининг в Санкт-Петербурге: советы, порядок и чистота дома',
  },
  organization: {
    name: 'ButlerSPB',
    legalName: 'ButlerSPB',
    url: 'https://butlerspb.ru',
    logo: { url: '/logo.png', width: 512, height: 512 },
    sameAs: ['https://butlerspb.ru', 'https://vk.com/butlerspb', 'https://t.me/butlerspb'],
    telephone: '+7-812-000-00-00',
    email: 'info@butlerspb.ru',
    areaServed: 'Санкт-Петербург',
    business: 'Клининговая компания',
  },
  searchExample: 'уборка после ремонта',
  placeholders: [
    {
      text: 'Кнопка: "Рассчитать стоимость"',
      kind: 'button',
      label: 'Рассчитать стоимость',
      href: 'https://butlerspb.ru/#calculator',
    },
    {
      text: 'Ссылка на страницу контактов',
      kind: 'link',
      label: 'Перейти на страницу контактов',
      href: 'https://butlerspb.ru/contacts',
    },
  ],
  nav: [
    { label: 'Блог', href: '/' },
    { label: 'Темы', href: '/tags/' },
    { label: 'Архив', href: '/archive/' },
    { label: 'Сайт компании', href: 'https://butlerspb.ru' },
  ],
  imageOrigins: ['https://images.unsplash.com'],
  admin: {
    // Placeholder: the company's real repository, as `owner/name` on GitHub.
    repo: 'butlerspb/blog',
    branch: 'main',
    oauthBaseUrl: process.env.DECAP_OAUTH_BASE_URL?.trim() ? new URL(process.env.DECAP_OAUTH_BASE_URL).origin : siteUrl,
    authEndpoint: 'api/auth',
    localBackendPort: 8081,
  },
};

/** The old blog's origin: absolute links to it in posts are links to our own posts. */
const LEGACY_ORIGIN = 'https://butlerspb-blog.netlify.app';

/** Origins under which an absolute link in a post counts as an internal link (checked and rewritten). */
export const internalOrigins: readonly string[] = [...new Set([site.url, LEGACY_ORIGIN])];

/** Absolute URL for a site path; keeps the path's own trailing slash. */
export function absoluteUrl(path: string, base: string = site.url): string {
  return new URL(path, `${base}/`).toString();
}
