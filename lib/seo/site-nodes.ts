import { processors } from 'next-seo';
import type { ContactPoint, ImageObject, Organization, WebSite } from 'schema-dts';
import { absoluteUrl, site, type SiteConfig } from '../site';
import { organizationId, websiteId, homeUrl } from './ids';

/** The publisher: one Organization node, referenced by @id from every page. */
export function buildOrganization(config: SiteConfig = site): Organization {
  const org = config.organization;
  const logo: ImageObject = {
    '@type': 'ImageObject',
    url: absoluteUrl(org.logo.url, config.url),
    width: { '@type': 'QuantitativeValue', value: org.logo.width, unitCode: 'E37' },
    height: { '@type': 'QuantitativeValue', value: org.logo.height, unitCode: 'E37' },
  };
  // next-seo's processor adds the @type; its types are its own (without
  // availableLanguage or areaServed), so we extend and re-type the result.
  const contactPoint = {
    ...processors.processContactPoint({ telephone: org.telephone, email: org.email, contactType: 'customer service' }),
    availableLanguage: 'Russian',
    areaServed: org.areaServed,
  } as ContactPoint;
  return {
    '@type': 'Organization',
    '@id': organizationId(config.url),
    name: org.name,
    legalName: org.legalName,
    url: org.url,
    logo,
    sameAs: [...org.sameAs],
    contactPoint,
    areaServed: org.areaServed,
  };
}

export function buildWebSite(config: SiteConfig = site): WebSite {
  return {
    '@type': 'WebSite',
    '@id': websiteId(config.url),
    name: config.name,
    url: homeUrl(config.url),
    description: config.description,
    inLanguage: config.locale,
    publisher: { '@id': organizationId(config.url) },
  };
}
