/**
 * The post-build pass over a built site (build/post-build.ts): React's
 * runtime out of the pages that need none, the search index, each page's
 * policy, the flight data no page loads removed; for an export also
 * out/_headers and out/serve.json. scripts/build-site.ts runs it after every
 * `next build`; run it by hand to redo it (it is safe to run twice):
 *
 *   tsx scripts/post-build.ts .next-server   # server build: <dist>/server/app/**.html, index in <dist>/static/
 *   tsx scripts/post-build.ts out            # static export (its manifests are in .next)
 *
 * SEARCH_SHARD_PAGES sets the pages per search index shard (lib/search/shards.ts).
 */
import path from 'node:path';
import { shardPagesFrom } from '../lib/search/shards';
import { postBuild } from '../build/post-build';

async function main(dir: string | undefined): Promise<void> {
  if (!dir) throw new Error('usage: tsx scripts/post-build.ts <server dist dir | export dir>');
  const report = await postBuild(dir, { shardPages: shardPagesFrom(process.env.SEARCH_SHARD_PAGES) });
  const average = (bytes: number) => `${(bytes / 1024 / Math.max(1, report.withoutReact)).toFixed(1)} KB`;
  const kept = report.keptReact.length ? `${report.keptReact.slice(0, 5).join(', ')}${report.keptReact.length > 5 ? ` and ${report.keptReact.length - 5} more` : ''}` : 'none';
  console.log(
    [
      `post-build: ${report.pages} pages under ${dir} in ${report.ms} ms`,
      `  ${report.withoutReact} without React's runtime (average ${average(report.bytesBefore)} → ${average(report.bytesAfter)}), their flight data removed (${(report.flightBytesFreed / 1024 / 1024).toFixed(1)} MB); kept React: ${kept}`,
      `  ${report.unusedAssets.length} static assets no page loads removed (${(report.unusedAssetBytes / 1024).toFixed(1)} KB)${report.unusedAssets.length ? `: ${report.unusedAssets.join(', ')}` : ''}`,
      `  search index: ${report.indexed} pages in ${report.shards} shard${report.shards === 1 ? '' : 's'} → ${path.relative(process.cwd(), report.searchOutput)}`,
      `  a policy <meta> in every page (${report.inlineScripts} distinct inline scripts)${report.kind === 'export' ? `, ${path.join(dir, '_headers')}, ${path.join(dir, 'serve.json')}` : ''}`,
    ].join('\n'),
  );
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(`post-build: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
