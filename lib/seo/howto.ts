import { processors } from 'next-seo';
import type { HowTo, HowToStep, ImageObject } from 'schema-dts';
import { CONTENT_LIMITS } from '../content/limits';
import type { PostDetail } from '../content/reshape';
import type { OutlineSection } from '../markdown/outline';
import { site, type SiteConfig } from '../site';
import { inspectEditorSchema } from './editor-schema';
import { howToId, organizationId, webPageId } from './ids';

/**
 * Which `##` sections are steps: those that open with prose of their own.
 * A section that is only a list of links (the old blog's «Читайте также») or
 * only sub-headings with no paragraph is navigation, not an instruction.
 */
export function stepSections(sections: readonly OutlineSection[]): OutlineSection[] {
  return sections.filter((section) => section.firstParagraph.trim() !== '');
}

/**
 * The HowTo's steps, at most the steps' error limit: check:content and the
 * page pipeline refuse more, and a page rendered without them stays small.
 */
export function buildHowToSteps(sections: readonly OutlineSection[], pageUrl: string): HowToStep[] {
  return stepSections(sections).slice(0, CONTENT_LIMITS.howToSteps.error).map((section, index) => ({
    ...(processors.processInstruction({
      name: section.title,
      text: section.firstParagraph,
      url: `${pageUrl}#${encodeURIComponent(section.id)}`,
    }) as HowToStep & object),
    position: index + 1,
  })) as HowToStep[];
}

/**
 * The HowTo node. What the editor wrote in `schema` wins, property by
 * property (the seed's aggregateRating and publisher stay as written); our
 * computed values fill only what was left out. `@context` belongs to the
 * graph, and `@id` to us, so neither is copied. check:content refuses a
 * `schema` that smuggles structure in (other JSON-LD keywords, the site's
 * own @ids, non-http(s) URLs); the merge drops the same things itself,
 * since `npm run dev` renders pages without that check.
 */
export function buildHowTo(
  post: PostDetail,
  pageUrl: string,
  image: ImageObject | { '@id': string },
  config: SiteConfig = site,
): HowTo {
  const computed: Record<string, unknown> = {
    '@type': 'HowTo',
    name: post.title,
    description: post.description,
    image,
    inLanguage: config.locale,
    step: buildHowToSteps(post.outline.sections, pageUrl),
    mainEntityOfPage: { '@id': webPageId(pageUrl) },
    publisher: { '@id': organizationId(config.url) },
  };
  const { clean } = inspectEditorSchema(post.schema ?? {}, { siteUrl: config.url });
  const written = Object.fromEntries(Object.entries(clean).filter(([key]) => key !== '@context'));
  return { ...computed, ...written, '@type': 'HowTo', '@id': howToId(pageUrl) } as HowTo;
}

