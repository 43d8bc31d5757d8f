/**
 * What code that must not read the schema.org vocabulary (a large file, read
 * with fs by ./vocabulary.ts) still needs to know of it: how a term is
 * written, and which properties take URLs (rangeIncludes schema:URL, release
 * 30.0). The pages' merge of the editor's `schema` (./editor-schema.ts) uses
 * it. A test derives both lists from the vocabulary and fails when they drift.
 */

export const SCHEMA_PREFIXES: readonly string[] = ['schema:', 'https://schema.org/', 'http://schema.org/'];

/** "HowTo" for "HowTo", "schema:HowTo" or "https://schema.org/HowTo"; null for other vocabularies. */
export function termName(term: string): string | null {
  for (const prefix of SCHEMA_PREFIXES) if (term.startsWith(prefix)) return term.slice(prefix.length) || null;
  return /^[A-Za-z][\w-]*$/.test(term) ? term : null;
}

/** A string value can only be a URL: the range has no other literal type (nodes may stand beside URL, as in image). */
export const URL_ONLY_PROPERTIES: ReadonlySet<string> = new Set([
  'acquireLicensePage', 'actionableFeedbackPolicy', 'afterMedia', 'archivedAt', 'associatedDisease', 'beforeMedia',
  'benefitsSummaryUrl', 'codeRepository', 'colleague', 'colorSwatch', 'constraintProperty', 'contentUrl',
  'correctionsPolicy', 'discussionUrl', 'diseasePreventionInfo', 'diseaseSpreadStatistics', 'diversityPolicy',
  'diversityStaffingReport', 'documentation', 'downloadUrl', 'duringMedia', 'embedUrl', 'ethicsPolicy', 'gameLocation',
  'gettingTestedInfo', 'hasGS1DigitalLink', 'hasMap', 'hasMolecularFunction', 'healthPlanMarketingUrl', 'image',
  'inCodeSet', 'inDefinedTermSet', 'installUrl', 'isBasedOn', 'isBasedOnUrl', 'isInvolvedInBiologicalProcess',
  'isLocatedInSubcellularLocation', 'isPartOf', 'labelDetails', 'layoutImage', 'license', 'logo', 'mainEntityOfPage',
  'map', 'maps', 'masthead', 'merchantReturnLink', 'missionCoveragePrioritiesPolicy', 'newsUpdatesAndGuidelines',
  'noBylinesPolicy', 'originalMediaLink', 'paymentUrl', 'prescribingInfo', 'productReturnLink',
  'publicTransportClosuresInfo', 'publishingPrinciples', 'quarantineGuidelines', 'relatedLink', 'replyToUrl', 'sameAs',
  'schoolClosuresInfo', 'screenshot', 'sdLicense', 'season', 'serviceUrl', 'shippingSettingsLink', 'significantLink',
  'significantLinks', 'speakable', 'target', 'targetUrl', 'thumbnailUrl', 'tourBookingPage', 'trackingUrl', 'travelBans',
  'unnamedSourcesPolicy', 'url', 'usageInfo', 'verificationFactCheckingPolicy', 'webFeed',
]);

/** A string value is text or a URL (keywords, identifier…): it is judged as a URL only when it reads as one. */
export const TEXT_OR_URL_PROPERTIES: ReadonlySet<string> = new Set([
  'acceptsReservations', 'actionPlatform', 'additionalType', 'applicationCategory', 'applicationSubCategory', 'artform',
  'artMedium', 'artworkSurface', 'asin', 'bankAccountType', 'bodyType', 'category', 'childTaxon', 'competencyRequired',
  'correction', 'courseMode', 'credentialCategory', 'editEIDR', 'educationalCredentialAwarded', 'educationalLevel',
  'educationalProgramMode', 'encodingFormat', 'engineType', 'featureList', 'feesAndCommissionsSpecification',
  'fileFormat', 'fuelType', 'gamePlatform', 'genre', 'gtin', 'hasMenu', 'hasRepresentation', 'identifier', 'keywords',
  'knowsAbout', 'legislationIdentifier', 'loanType', 'material', 'measurementMethod', 'measurementTechnique',
  'meetsEmissionStandard', 'memoryRequirements', 'menu', 'namedPosition', 'occupationalCredentialAwarded',
  'ownershipFundingInfo', 'parentTaxon', 'physicalRequirement', 'propertyID', 'releaseNotes', 'requirements', 'roleName',
  'schemaVersion', 'securityClearanceRequirement', 'sensoryRequirement', 'softwareRequirements', 'sport', 'statType',
  'storageRequirements', 'surface', 'taxonomicRange', 'taxonRank', 'temporalCoverage', 'termsOfService', 'ticketToken',
  'titleEIDR', 'unitCode', 'usesHealthPlanIdStandard', 'vehicleTransmission', 'warning',
]);
