// The builds' minifier of Lit's tagged templates (JS minifiers leave template text alone, and a
// widget's styles are a fifth of the bundle): the Lit team's @lit-labs/rollup-plugin-minify-html-literals
// (html-minifier-next for `html`, lightningcss for `css`, with source maps), which also runs as a
// Vite 8 / Rolldown plugin. It replaced a home-made tokenizer that gave 35 B gzip more on the full
// CDN bundle (the commit that made the switch has the numbers). lightningcss writes `@container
// (min-width: 36em)` as `(width >= 36em)`: every browser with container queries reads that.
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

/** The plugin: our TypeScript sources only (never Lit's own code), before TypeScript is stripped. */
export function minifyTemplatesPlugin() {
  return {
    ...minifyHtmlLiterals({
      include: ['**/src/**/*.ts'],
      failOnError: true,
      // conservativeCollapse: a run of whitespace becomes one space, never none. Without it the
      // leading space of a nested template (html` · ${count}`) went, and a card read "GMT-3· 4 sessions".
      options: { minifyOptions: { conservativeCollapse: true } },
    }),
    enforce: 'pre',
  };
}
