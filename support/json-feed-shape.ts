/**
 * The JSON Feed 1.1 rules a reader relies on (https://www.jsonfeed.org/version/1.1/),
 * shared by the feed's unit tests, `npm run check:xml` (which also checks the
 * built JSON feeds) and e2e: the version, a title, https URLs, `authors` (not
 * 1.0's `author`), and items with a unique string id, a URL, content_html or
 * content_text, and RFC 3339 dates with an offset.
 */
export const JSON_FEED_1_1 = 'https://jsonfeed.org/version/1.1';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function authorProblems(value: unknown, at: string): string[] {
  if (!Array.isArray(value)) return [`${at}: authors is not a list`];
  return value.flatMap((author, i) => (isRecord(author) && typeof author.name === 'string' ? [] : [`${at}[${i}]: an author without a name`]));
}

/** What is wrong with a parsed JSON feed; empty when nothing is. */
export function jsonFeedProblems(feed: unknown): string[] {
  if (!isRecord(feed)) return ['not a JSON object'];
  const problems: string[] = [];
  if (feed.version !== JSON_FEED_1_1) problems.push(`version is ${JSON.stringify(feed.version)}, not ${JSON_FEED_1_1}`);
  if (typeof feed.title !== 'string' || !feed.title) problems.push('no title');
  for (const key of ['home_page_url', 'feed_url', 'icon', 'favicon']) {
    if (key in feed && !/^https?:\/\//.test(String(feed[key]))) problems.push(`${key} is not an absolute URL`);
  }
  if ('author' in feed) problems.push('author (JSON Feed 1.0) instead of authors');
  if ('authors' in feed) problems.push(...authorProblems(feed.authors, 'authors'));
  if (!Array.isArray(feed.items)) return [...problems, 'items is not a list'];
  const ids = new Set<string>();
  feed.items.forEach((item: unknown, i: number) => {
    const at = `items[${i}]`;
    if (!isRecord(item)) {
      problems.push(`${at}: not an object`);
      return;
    }
    if (typeof item.id !== 'string' || !item.id) problems.push(`${at}: no string id`);
    else if (ids.has(item.id)) problems.push(`${at}: id ${item.id} repeats`);
    else ids.add(item.id);
    if (typeof item.content_html !== 'string' && typeof item.content_text !== 'string') problems.push(`${at}: no content_html or content_text`);
    if (!/^https?:\/\//.test(String(item.url))) problems.push(`${at}: url is not absolute`);
    if (typeof item.title !== 'string') problems.push(`${at}: no title`);
    for (const key of ['date_published', 'date_modified']) {
      if (key in item && !RFC3339.test(String(item[key]))) problems.push(`${at}: ${key} is not RFC 3339`);
    }
    if ('author' in item) problems.push(`${at}: author (JSON Feed 1.0) instead of authors`);
    if ('authors' in item) problems.push(...authorProblems(item.authors, `${at}.authors`));
    if ('tags' in item && !(Array.isArray(item.tags) && item.tags.every((tag) => typeof tag === 'string'))) problems.push(`${at}: tags are not strings`);
  });
  return problems;
}
