import type { Page } from '@playwright/test';

export type JsonNode = { [key: string]: unknown };

/** Every JSON-LD block of the page, parsed (a parse error fails the caller). */
export async function readJsonLd(page: Page): Promise<JsonNode[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((text) => JSON.parse(text) as JsonNode);
}

/** Walks every object inside a JSON value. */
export function* objectsIn(value: unknown): Generator<JsonNode> {
  if (Array.isArray(value)) for (const item of value) yield* objectsIn(item);
  else if (value && typeof value === 'object') {
    yield value as JsonNode;
    for (const child of Object.values(value)) yield* objectsIn(child);
  }
}

export function graphNodes(blocks: readonly JsonNode[]): JsonNode[] {
  return blocks.flatMap((block) => (Array.isArray(block['@graph']) ? (block['@graph'] as JsonNode[]) : []));
}

export function nodeOfType(blocks: readonly JsonNode[], type: string): JsonNode | undefined {
  return graphNodes(blocks).find((node) => node['@type'] === type);
}

/** Objects that are only a reference: {"@id": "…"} and nothing else. */
export function danglingReferences(blocks: readonly JsonNode[]): string[] {
  const all = blocks.flatMap((block) => [...objectsIn(block)]);
  const defined = new Set(all.filter((o) => Object.keys(o).length > 1 && typeof o['@id'] === 'string').map((o) => o['@id']));
  return all
    .filter((o) => Object.keys(o).length === 1 && typeof o['@id'] === 'string')
    .map((o) => o['@id'] as string)
    .filter((id) => !defined.has(id));
}

/** Every value under a key that names a date ("datePublished", "dateModified", …). */
export function dateValues(blocks: readonly JsonNode[]): string[] {
  return blocks
    .flatMap((block) => [...objectsIn(block)])
    .flatMap((o) => Object.entries(o).filter(([key, value]) => /^date/.test(key) && typeof value === 'string'))
    .map(([, value]) => value as string);
}
