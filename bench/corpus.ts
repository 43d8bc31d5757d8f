import { stringify } from 'yaml';
import { parsePostLink, postPath } from '../lib/content/paths';
import { parseFrontmatter } from '../lib/content/frontmatter';
import { parseKeywords } from '../lib/content/keywords';

/**
 * The benchmark's content: N copies of the seed post, each a post of its own
 * (unique slug, title and date, keywords spread over a realistic number of
 * tags) whose links to other posts point at other generated posts, so the
 * build's link check passes and related/neighbour lists are real.
 */

export interface BenchPost {
  readonly slug: string;
  readonly source: string;
}

/** Topics every blog keeps coming back to: big tags with many listing pages. */
const TOPICS = [
  'уборка квартиры',
  'генеральная уборка',
  'мытьё окон',
  'химчистка мебели',
  'уборка после ремонта',
  'аренда квартиры',
  'инвестиции в недвижимость',
  'клиентский сервис',
  'безопасность дома',
  'экологичная уборка',
  'уход за техникой',
  'советы хозяйке',
];
/** About one small "series" tag per this many posts: the long tail of tags. */
const POSTS_PER_SERIES = 10;

function pad(n: number): string {
  return String(n).padStart(5, '0');
}

export function benchSlug(seedSlug: string, i: number): string {
  return `${seedSlug}-${pad(i)}`;
}

/** Keywords of post i: one rotating topic, one series (about N/10 tags), and one of the seed's own. */
export function benchKeywords(seedKeywords: readonly string[], i: number, count: number): string[] {
  const seriesCount = Math.max(1, Math.ceil(count / POSTS_PER_SERIES));
  const own = seedKeywords.length ? [seedKeywords[i % seedKeywords.length]!] : [];
  return [TOPICS[i % TOPICS.length]!, `серия ${(i % seriesCount) + 1}`, ...own];
}

/** Post i is published i*17 hours before the seed: dates spread over days and times, newest first by i. */
export function benchDate(seedDate: string, i: number): string {
  return new Date(new Date(seedDate).getTime() - i * 17 * 3_600_000).toISOString();
}

/** Rewrites every link to a post in the body to one of the generated posts, in turn. */
function relinkBody(body: string, slugOf: (k: number) => string): string {
  let k = 0;
  return body.replace(/\]\(([^)\s]+)\)/g, (whole, href: string) => {
    const target = parsePostLink(href);
    if (!target) return whole;
    k++;
    return `](${postPath(slugOf(k))}${target.hash})`;
  });
}

/**
 * `count` posts made from `seedSource` (the file's text) and its slug. Post i
 * links to posts i+1, i+2, … (wrapping), never to itself unless it is alone.
 */
export function benchCorpus(seedSource: string, seedSlug: string, count: number): BenchPost[] {
  if (!Number.isInteger(count) || count < 1) throw new Error(`post count must be a positive integer, got ${count}`);
  const { data, body, errors } = parseFrontmatter(seedSource);
  if (errors.length) throw new Error(`the seed's frontmatter does not parse: ${errors[0]!.message}`);
  const seedTitle = String(data.title ?? seedSlug).trim();
  const seedDate = String(data.pubDate ?? '2025-07-26T00:00:00Z');
  const seedKeywords = parseKeywords(data.keywords);
  const slugs = Array.from({ length: count }, (_, i) => benchSlug(seedSlug, i + 1));

  return slugs.map((slug, index) => {
    const i = index + 1;
    const title = `${seedTitle} (выпуск ${i})`;
    const frontmatter: Record<string, unknown> = {
      ...data,
      title,
      pubDate: benchDate(seedDate, i),
      keywords: benchKeywords(seedKeywords, i, count).join(', '),
    };
    // The editor's HowTo names the post and its address: keep them true to the copy.
    if (data.schema && typeof data.schema === 'object') {
      const schema: Record<string, unknown> = { ...(data.schema as Record<string, unknown>), name: title };
      if (schema.mainEntityOfPage && typeof schema.mainEntityOfPage === 'object') {
        const page = schema.mainEntityOfPage as Record<string, unknown>;
        const id = typeof page['@id'] === 'string' ? new URL(postPath(slug), page['@id']).href : undefined;
        schema.mainEntityOfPage = { ...page, ...(id ? { '@id': id } : {}) };
      }
      frontmatter.schema = schema;
    }
    const relinked = relinkBody(body, (k) => slugs[(index + k) % count]!);
    return { slug, source: `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n${relinked}` };
  });
}
