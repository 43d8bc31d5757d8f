/**
 * The post body. The HTML comes from lib/markdown's pipeline, which runs every
 * body through an allow-list sanitiser at build time; that is what makes
 * injecting it here safe.
 */
export function Prose({ html }: { html: string }) {
  return (
    <div
      className="prose prose-slate mt-8 sm:prose-lg dark:prose-invert dark:prose-a:text-brand-100 max-w-none prose-headings:scroll-mt-6 prose-a:text-brand-700 prose-img:rounded-lg"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
