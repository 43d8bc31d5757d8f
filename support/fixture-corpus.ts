/**
 * A generated corpus for e2e: enough posts to paginate (25), with keywords
 * that overlap in known ways so tag pages and related posts have something to
 * show. Deterministic, so tests can name what they expect.
 */

export const FIXTURE_POST_COUNT = 25;

/** Keyword pool; post i takes a rotating pair, plus "общий тег" on every even post (12 posts: two tag pages). */
const KEYWORDS = ['уборка кухни', 'мытьё окон', 'химчистка мебели', 'генеральная уборка', 'уборка после ремонта'];
export const SHARED_TAG = 'общий тег';

/**
 * One generated post has its hero on a host that can never be reached
 * (.invalid is reserved, RFC 6761) and that the CSP does not allow either: the
 * build must not need it, and the page must render without it.
 */
export const UNREACHABLE_HERO = {
  post: 9,
  src: 'https://images.invalid/oblozhka.jpg',
  alt: 'Обложка, которую браузер не сможет загрузить',
} as const;

/**
 * One generated post has large local pictures, generated at fixture-build
 * time into public/images/fixture/ (git-ignored; scripts/build-fixture-site.ts):
 * a 4000 px, ~4 MB JPEG hero, like a phone photo, and a 2400 px photo in its
 * text. A phone must get small AVIF/WebP copies of both, not the originals.
 */
export const LARGE_IMAGES = {
  post: 11,
  hero: { src: '/images/fixture/bolshaya-oblozhka.jpg', width: 4000, height: 2250, alt: 'Большая фотография с телефона' },
  body: { src: '/images/fixture/foto-v-tekste.jpg', width: 2400, height: 1600, alt: 'Фотография в тексте статьи' },
} as const;

/** One generated post ends with a GFM footnote, so e2e can follow it in a browser. */
export const FOOTNOTES = { post: 4, note: 'Хлор портит швы плитки.' } as const;

/**
 * The footnote post also has headings whose slugs are ids the page already
 * has (the layout's, the footnotes'): each must get an id of its own, and the
 * footnote links must still reach their notes.
 */
export const ID_CLASHES = { post: FOOTNOTES.post, headings: ['Content', 'site-search', 'related-heading', 'user-content-fn-1', 'user-content-fnref-1', 'user-content-footnote-label'] } as const;

/**
 * One generated post has a vertical tab (Word's Shift+Enter) in its title,
 * description and body, written raw as Word pastes it: XML forbids it, and
 * the feed must still be well-formed (scripts/check-xml.ts). It is among the
 * feed's newest posts.
 */
export const CONTROL_CHARS = { post: 3, char: '\u000b' } as const;

/**
 * One generated post has emoji, CJK and Arabic in its title and author, which
 * the social image's fonts do not have: the build must leave them out of its
 * card, not fetch glyphs from the network.
 */
export const FOREIGN_GLYPHS = { post: 7, title: ' 🧽 清洁 تنظيف', author: 'Тестовый автор 🌸 王' } as const;

/**
 * Renamed posts: post 5 was renamed twice (a YAML list of old slugs), post 6
 * once (one old slug as text). Post 2 links to post 5 by an old address, with
 * an empty link text and as an absolute URL on the site: both must point at
 * the new address, the empty one with post 5's title.
 */
export const RENAMED = {
  list: { post: 5, from: ['staraya-statya-05', 'eshche-staree-05'] },
  text: { post: 6, from: 'staraya-statya-06' },
  linking: { post: 2, to: 'staraya-statya-05' },
} as const;

export interface FixturePost {
  readonly slug: string;
  readonly title: string;
  readonly keywords: readonly string[];
  readonly pubDate: string;
  readonly source: string;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function fixturePost(i: number): FixturePost {
  const slug = `testovaya-statya-${pad(i)}`;
  const vt = i === CONTROL_CHARS.post ? CONTROL_CHARS.char : ' ';
  const title = `Тестовая статья №${i}:${vt}порядок в доме${i === FOREIGN_GLYPHS.post ? FOREIGN_GLYPHS.title : ''}`;
  const keywords = [KEYWORDS[i % KEYWORDS.length]!, KEYWORDS[(i + 1) % KEYWORDS.length]!, ...(i % 2 === 0 ? [SHARED_TAG] : [])];
  // One post a week going back from 1 March 2025: newest is №1.
  const date = new Date(Date.UTC(2025, 2, 1) - (i - 1) * 7 * 86_400_000);
  const pubDate = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const body = [1, 2, 3]
    .map(
      (n) =>
        `## Шаг ${n}: подготовка номер ${n}\n\nПервый абзац шага ${n} статьи №${i}. Возьмите тряпку, ведро и хорошее настроение;${vt}работайте сверху вниз.\n\n### Подробности шага ${n}\n\nЕщё немного текста, чтобы у статьи было оглавление и время чтения.`,
    )
    .join('\n\n');
  const clashes = i === ID_CLASHES.post ? ID_CLASHES.headings.map((heading) => `\n\n### ${heading}`).join('') : '';
  const photo = i === LARGE_IMAGES.post ? `\n\n![${LARGE_IMAGES.body.alt}](${LARGE_IMAGES.body.src})` : '';
  const footnote = i === FOOTNOTES.post ? `${clashes}\n\nПорошок берите без хлора.[^1]\n\n[^1]: ${FOOTNOTES.note}` : '';
  const redirectFrom =
    i === RENAMED.list.post
      ? `redirectFrom:\n${RENAMED.list.from.map((slug) => `  - ${slug}`).join('\n')}\n`
      : i === RENAMED.text.post
        ? `redirectFrom: ${RENAMED.text.from}\n`
        : '';
  const oldLink =
    i === RENAMED.linking.post
      ? `\n\nСм. также [](/blog/${RENAMED.linking.to}/) и [ту же статью по полному адресу](https://butlerspb-blog.netlify.app/blog/${RENAMED.linking.to}/).`
      : '';
  const source = `---
title: "${title}"
description: "Описание тестовой статьи №${i} для проверки постраничного списка,${vt}тегов и похожих статей."
pubDate: "${pubDate}"
author: "${i === FOREIGN_GLYPHS.post ? FOREIGN_GLYPHS.author : 'Тестовый автор'}"
${i === UNREACHABLE_HERO.post ? `heroImage: "${UNREACHABLE_HERO.src}"\nheroAlt: "${UNREACHABLE_HERO.alt}"\n` : ''}${i === LARGE_IMAGES.post ? `heroImage: "${LARGE_IMAGES.hero.src}"\nheroAlt: "${LARGE_IMAGES.hero.alt}"\n` : ''}keywords:
${keywords.map((k) => `  - ${k}`).join('\n')}
${redirectFrom}---

${body}${photo}${footnote}${oldLink}
`;
  return { slug, title, keywords, pubDate, source };
}

export function fixtureCorpus(): FixturePost[] {
  return Array.from({ length: FIXTURE_POST_COUNT }, (_, index) => fixturePost(index + 1));
}
