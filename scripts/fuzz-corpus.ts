/**
 * A generated corpus of posts with random Unicode in every field: emoji and
 * ZWJ sequences, CJK, Arabic and Hebrew with direction marks, combining
 * marks, control characters, YAML and HTML syntax, very long strings. The
 * promise it tests (scripts/build-fuzz-site.ts): each post either fails
 * check:content with a message in Russian, or builds in both outputs.
 *
 * Deterministic for a seed, so a failure found by one seed can be replayed:
 *   FUZZ_SEED=42 FUZZ_POSTS=60 npx tsx scripts/build-fuzz-site.ts
 */
import { stringify } from 'yaml';

/** mulberry32: small, fast and good enough to spread test cases. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/** Pieces of text that have broken a parser, a font, an XML writer or a file system somewhere. */
const PIECES: readonly (readonly string[])[] = [
  // Russian, the site's own language, so most values stay plausible.
  ['уборка', 'Генеральная уборка квартиры', 'мытьё окон', 'ёлка', 'Санкт-Петербург', 'химчистка', 'Ёж'],
  // Emoji: single, with skin tone, ZWJ families, flags, keycaps, variation selectors.
  ['🧹', '✨', '👍🏽', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇷🇺', '1️⃣', '❤️', '🫧', '🧽'],
  // CJK, Japanese kana, Korean, Thai, Devanagari.
  ['清洁', '掃除の仕方', '청소', 'ทำความสะอาด', 'सफाई', '𠀋'],
  // Right-to-left scripts and direction controls (Trojan Source, RLO).
  ['تنظيف', 'ניקיון', '\u200f', '\u200e', '\u202e', '\u2066', '\u2069', '\u061c'],
  // Combining marks, Zalgo, zero-width characters, BOM inside text.
  ['е\u0301', 'Z\u0351\u0350\u0357\u035b\u0363\u0364', '\u200b', '\u200d', '\u2060', '\ufeff', 'й'.normalize('NFD')],
  // Control characters: Word's Shift+Enter (U+000B), NUL, ESC, DEL, C1 controls; line and paragraph separators.
  ['\u000b', '\u0000', '\u001b', '\u007f', '\u0085', '\u009f', '\u2028', '\u2029', '\u000c', '\t'],
  // Noncharacters and the replacement character.
  ['\ufffe', '\uffff', '\ufffd', '\u{1fffe}'],
  // YAML-significant text.
  [': ', ' #', "'", '"', '{', '}', '[', ']', '*', '&', '!', '|', '>', '%', '@', '`', '- ', '---', '...', '? '],
  // Markup and script.
  ['<script>alert(1)</script>', '</script><script>alert(2)//', '<img src=x alt="" onerror=alert(3)>', '&amp;', '&#0;', ']]>', '<!--', '-->', '\\', '$&'],
  // Dots and punctuation that slugs and file names choke on.
  ['.', '..', 'т.е.', 'сайт.рф', 'C++', 'C#', '/', '?', '%ff', '%2e%2e'],
  // Other scripts with their own fonts and casing.
  ['Ωμέγα', 'Straße', 'İstanbul', 'ǅ', 'ﬃ', 'ｗｉｄｅ', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '\u{e0041}'],
];

/** A random string of `min`–`max` pieces, mostly Russian words, sometimes long. */
export function fuzzText(random: Random, min = 1, max = 6): string {
  const count = random() < 0.05 ? between(random, 200, 2000) : between(random, min, max);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const group = random() < 0.4 ? PIECES[0]! : pick(random, PIECES);
    parts.push(pick(random, group));
    if (random() < 0.6) parts.push(' ');
  }
  return parts.join('');
}

// Oldest first: an updatedDate is drawn from the dates after pubDate, so most posts are consistent.
const VALID_DATES = ['2023-12-31T23:59:59Z', '2024-01-15', '2024-02-29', '2025-02-28T10:00:00+03:00'];
const INVALID_DATES = ['2025-13-45', 'вчера', '31.12.2024', '2024-02-30', '', '0000-00-00', '9999999-01-01'];

function fuzzDate(random: Random, after = -1): string {
  return random() < 0.9 ? pick(random, VALID_DATES.slice(after + 1)) : pick(random, INVALID_DATES);
}

/** Distinct topics, so most posts share tags without two spellings colliding on one slug (a check error of its own). */
const TOPICS = ['уборка кухни', 'мытьё окон', 'химчистка мебели', 'генеральная уборка', 'т.е.', 'сайт.рф', 'C++', 'Санкт-Петербург', '清洁', 'تنظيف'];

function fuzzKeyword(random: Random): string {
  const shape = random();
  if (shape < 0.15) return fuzzText(random, 1, 3);
  const topic = pick(random, TOPICS);
  // Emoji, case and spacing around a topic keep its slug: the same tag.
  if (shape < 0.3) return `${pick(random, PIECES[1]!)} ${topic.toUpperCase()}`;
  return topic;
}

function fuzzKeywords(random: Random): string | string[] {
  const list = Array.from({ length: between(random, 0, 5) }, () => fuzzKeyword(random));
  return random() < 0.5 ? list.join(', ') : list;
}

/** A random markdown body: headings, paragraphs, lists, code, links, raw HTML, placeholders. */
function fuzzBody(random: Random): string {
  const blocks: string[] = [];
  const count = random() < 0.03 ? between(random, 100, 300) : between(random, 1, 12);
  for (let i = 0; i < count; i++) {
    const text = fuzzText(random, 1, 12);
    const shape = random();
    if (shape < 0.25) blocks.push(`${'#'.repeat(between(random, 1, 6))} ${text}`);
    else if (shape < 0.35) blocks.push(`- ${text}\n- ${fuzzText(random)}`);
    else if (shape < 0.42) blocks.push(`\`\`\`\n${text}\n\`\`\``);
    else if (shape < 0.5) blocks.push(`[${text}](https://example.com/${encodeURIComponent(fuzzText(random, 1, 2))})`);
    else if (shape < 0.56) blocks.push(`<p title="${text}">${fuzzText(random)}</p>`);
    // Mostly the placeholders the site knows; an unknown one is a check error, as it should be.
    else if (shape < 0.6) blocks.push(random() < 0.95 ? '[Кнопка: "Рассчитать стоимость"]' : `[Кнопка: "${fuzzText(random, 1, 3)}"]`);
    else if (shape < 0.64) blocks.push(`> ${text}`);
    else if (shape < 0.68) blocks.push(`| ${text} | ${fuzzText(random)} |\n| --- | --- |\n| 1 | 2 |`);
    else blocks.push(text);
  }
  return `${blocks.join('\n\n')}\n`;
}

export interface FuzzPost {
  /** Relative to the content folder (the one that holds blog/). */
  readonly path: string;
  readonly source: string;
}

/**
 * Post `i` of the corpus for `seed`. Most front matter is written by a YAML
 * library (valid YAML with hostile values); some is spliced in raw, so broken
 * YAML is in the mix too.
 */
export function fuzzPost(seed: number, i: number): FuzzPost {
  const random = seededRandom(seed * 100_003 + i);
  const fields: Record<string, unknown> = {
    title: fuzzText(random, 1, 8),
    description: fuzzText(random, 2, 14),
    pubDate: fuzzDate(random),
  };
  const published = VALID_DATES.indexOf(String(fields.pubDate));
  if (random() < 0.3) fields.updatedDate = fuzzDate(random, random() < 0.9 ? Math.min(published, VALID_DATES.length - 2) : -1);
  if (random() < 0.6) fields.author = fuzzText(random, 1, 3);
  if (random() < 0.8) fields.keywords = fuzzKeywords(random);
  if (random() < 0.3) fields.heroAlt = fuzzText(random, 1, 5);
  if (random() < 0.1) fields.draft = pick(random, [true, false, 'true', 'да']);
  if (random() < 0.15) fields.schema = { '@type': 'HowTo', name: fuzzText(random, 1, 4), step: [fuzzText(random), fuzzText(random)] };
  // Contentlayer's own type field: would make a post of any file if it were honoured.
  if (random() < 0.05) fields.type = 'Post';
  const yaml =
    random() < 0.9
      ? stringify(fields, { lineWidth: 0 })
      : Object.entries(fields)
          .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
          .join('\n');
  // Fences as editors' tools write them: mostly plain, sometimes with
  // invisible characters after the dashes, or one dash too many.
  const fence = () => (random() < 0.9 ? '---' : pick(random, ['--- ', '---\t', '---\u00a0', '---\f', '---\v', '----', '---\u3000']));
  let source = `${fence()}\n${yaml.replace(/\n$/, '')}\n${fence()}\n\n${fuzzBody(random)}`;
  // Line endings of other systems, and a BOM.
  const endings = random();
  if (endings < 0.06) source = `\ufeff${source.replace(/\n/g, '\r\n')}`;
  else if (endings < 0.1) source = source.replace(/\n/g, '\r');
  return { path: fuzzPath(random, seed, i), source };
}

/**
 * Latin, URL-safe names: the file-name rule has its own fixtures, and a name
 * with a NUL or a slash cannot even be written. Some files sit where the site
 * does not publish from, which check:content must say and the build must honour.
 */
function fuzzPath(random: Random, seed: number, i: number): string {
  const base = `fuzz-${seed}-${String(i).padStart(3, '0')}`;
  const place = random();
  if (place < 0.03) return `${base}.md`; // content/, outside blog/
  if (place < 0.06) return `blog/${base}.mdx`;
  if (place < 0.09) return `blog/${base}.MD`;
  if (place < 0.11) return `blog/.skrytaya/${base}.md`;
  if (place < 0.13) return `blog/.${base}.md`;
  return `blog/${base}.md`;
}

/** Whether Contentlayer makes a post of this path (content-files.ts decides the same for the check). */
export function isPublishedPath(filePath: string): boolean {
  return /^blog\/(?:[^./][^/]*\/)*[^./][^/]*\.md$/.test(filePath);
}

export function fuzzCorpus(seed: number, count: number): FuzzPost[] {
  return Array.from({ length: count }, (_, i) => fuzzPost(seed, i + 1));
}
