/**
 * The guides in Storybook are the README's and docs/'s own text, cut by heading, never a copy: one
 * source of truth. Links to files that are guides here go to those guides.
 */
const GUIDES: Record<string, string> = {
  'docs/catalog-format.md': '?path=/docs/guides-catalog-format--docs',
  'catalog-format.md': '?path=/docs/guides-catalog-format--docs',
  'docs/hosting.md': '?path=/docs/guides-hosting--docs',
  'hosting.md': '?path=/docs/guides-hosting--docs',
  'README.md': '?path=/docs/guides-getting-started--docs',
};

/** The part of `markdown` under `heading` (a whole line, e.g. `## Theming`), up to the next heading of its level or above. */
export function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === heading);
  if (start < 0) return '';
  const level = heading.match(/^#+/)![0].length;
  const end = lines.findIndex((line, i) => i > start && /^#+ /.test(line) && line.match(/^#+/)![0].length <= level);
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

/** Rewrites links to files that have a guide here; other relative links point at the file in the repository's tree. */
export function forStorybook(markdown: string): string {
  return markdown
    .replace(/\]\((?:\.\.\/)?((?:docs\/)?[\w.-]+\.md)(#[\w-]+)?\)/g, (whole, file: string) => (GUIDES[file] ? `](${GUIDES[file]})` : whole))
    .replace(/<!--[\s\S]*?-->/g, '');
}

/** Several sections of one document, in order, ready for the Markdown block. */
export function sections(markdown: string, ...headings: string[]): string {
  return forStorybook(headings.map((heading) => section(markdown, heading)).filter(Boolean).join('\n\n'));
}
