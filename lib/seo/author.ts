import { processors } from 'next-seo';
import type { IdReference, Person } from 'schema-dts';
import type { PostSummary } from '../content/reshape';
import { site, type SiteConfig } from '../site';
import { organizationId } from './ids';

/**
 * A named author is a Person who works for the company; a post without an
 * author (shown as the default «Редакция …») is by the company itself,
 * referenced by its @id.
 */
export function buildAuthor(post: Pick<PostSummary, 'author'>, config: SiteConfig = site): Person | IdReference {
  if (post.author === config.defaultAuthor) return { '@id': organizationId(config.url) };
  const person = processors.processAuthor(post.author) as Person & object;
  return { ...person, worksFor: { '@id': organizationId(config.url) } } as Person;
}
