import type { OutlineHeading } from '@/lib/markdown/outline';

interface TocEntry {
  heading: OutlineHeading;
  children: OutlineHeading[];
}

function nest(headings: readonly OutlineHeading[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const heading of headings) {
    const parent = entries.at(-1);
    if (heading.depth === 3 && parent) parent.children.push(heading);
    else entries.push({ heading, children: [] });
  }
  return entries;
}

/**
 * The post's contents from its ## and ### headings; pure HTML, no script.
 * On phones it sits above the text with ## entries only; on wide screens
 * the page puts it in a sticky column beside the text with ### entries too.
 */
export function TableOfContents({ headings }: { headings: readonly OutlineHeading[] }) {
  if (headings.length < 2) return null;
  return (
    <nav aria-label="Содержание статьи" className="text-sm">
      <p className="mb-2 font-semibold text-slate-900 dark:text-white">Содержание</p>
      <ol className="space-y-1 border-l border-slate-200 pl-3 dark:border-slate-700">
        {nest(headings).map(({ heading, children }) => (
          <li key={heading.id}>
            <a href={`#${heading.id}`} className="toc-link">
              {heading.text}
            </a>
            {children.length ? (
              <ol className="hidden space-y-1 pl-3 lg:block">
                {children.map((child) => (
                  <li key={child.id}>
                    <a href={`#${child.id}`} className="toc-link toc-sublink">
                      {child.text}
                    </a>
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
