import type { Graph } from 'schema-dts';
import { serializeJsonLd } from '@/lib/seo/serialize';

/**
 * Every JSON-LD block on the site goes through here, so that one escaping rule
 * (lib/seo/serialize.ts) covers all of it. next-seo's JsonLdScript is not used
 * because its serialiser lets `</script >` through.
 */
export function JsonLd({ graph }: { graph: Graph }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(graph) }} />;
}
