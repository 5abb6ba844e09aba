// The builds' minifier of Lit's tagged templates (JS minifiers leave template text alone, and a
// widget's styles are a fifth of the bundle): the Lit team's @lit-labs/rollup-plugin-minify-html-literals
// (html-minifier-next for `html`, lightningcss for `css`, with source maps), which also runs as a
// Vite 8 / Rolldown plugin. It replaced a home-made tokenizer that gave 35 B gzip more on the full
// CDN bundle (the commit that made the switch has the numbers). lightningcss writes `@container
// (min-width: 36em)` as `(width >= 36em)`: every browser with container queries reads that.
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';

/** Where the plugin put a binding in an `html` template's text (`@TEMPLATE_EXPRESSION();`, maybe with more `_`). */
const PLACEHOLDER = /@TEMPLATE_EXPRESSION_*\(\);/;

/**
 * src/internal/html.ts's rule, on the template's text before it is minified: a run of white space
 * holding a line break, with a tag or a binding on each side, goes. The widgets' `html` drops it
 * at run time; the minifier would else turn it into one space first (conservativeCollapse), and
 * that space would stay, a text node in every copy of the template. The three rules are copies of
 * html.ts's BETWEEN_TAGS, AT_END and AT_START, the last not inside a tag, and startsInTag is a copy
 * of its namesake (that file is TypeScript for the browser; this runs in Node before any compile):
 * test/bundle/cdn.test.ts checks that a built card has the blank text nodes of the source's card,
 * test/node/minify-templates.test.mjs the white space kept inside a tag.
 */
export function trimIndentation(text) {
  const placeholder = text.match(PLACEHOLDER)?.[0];
  const strings = placeholder ? text.split(placeholder) : [text];
  const inTag = startsInTag(strings);
  const trimmed = strings.map((part, i) => {
    const between = part.replace(/>[ \t]*\n\s*</g, '><').replace(/>[ \t]*\n\s*$/, '>');
    return inTag[i] ? between : between.replace(/^[ \t]*\n\s*(?=<|$)/, '');
  });
  return placeholder ? trimmed.join(placeholder) : trimmed[0];
}

/** html.ts's startsInTag: whether each string starts inside a tag (where white space between two bindings stays). */
function startsInTag(strings) {
  const starts = [];
  let state = 'text';
  for (const text of strings) {
    starts.push(state !== 'text' && state !== 'comment');
    for (let i = 0; i < text.length; i++) {
      const char = text[i];
      if (state === 'text') {
        if (char !== '<') continue;
        if (text.startsWith('<!--', i)) {
          state = 'comment';
          i += 3;
        } else if (/[a-z/]/i.test(text[i + 1] ?? '')) state = 'tag';
      } else if (state === 'comment') {
        if (text.startsWith('-->', i)) {
          state = 'text';
          i += 2;
        }
      } else if (state === 'tag') {
        if (char === '"' || char === "'") state = char;
        else if (char === '>') state = 'text';
      } else if (char === state) state = 'tag';
    }
  }
  return starts;
}

/** The widgets' `html` tag, which drops the indentation at run time where no build did it first. */
const RUNTIME_TRIM = /\/src\/internal\/html\.ts$/;
/** What a build puts in its place: its templates come trimmed, so Lit's own tag does (no code, no work at run time). */
const LIT_TAG = `export { html } from 'lit';
export const setIndentationTrim = () => {};
export const trimIndentation = (strings) => strings;
`;

/**
 * The plugin: our TypeScript sources only (never Lit's own code), before TypeScript is stripped.
 * It also swaps src/internal/html.ts for Lit's own tag, as it trims the templates itself.
 */
export function minifyTemplatesPlugin() {
  return {
    load: (id) => (RUNTIME_TRIM.test(id.split('?')[0]) ? LIT_TAG : null),
    ...minifyHtmlLiterals({
      include: ['**/src/**/*.ts'],
      failOnError: true,
      options: {
        // conservativeCollapse: a run of whitespace becomes one space, never none. Without it the
        // leading space of a nested template (html` · ${count}`) went, and a card read "GMT-3· 4 sessions".
        minifyOptions: { conservativeCollapse: true },
        strategy: { ...defaultStrategy, minifyHTML: (html, options) => defaultStrategy.minifyHTML(trimIndentation(html), options) },
      },
    }),
    enforce: 'pre',
  };
}
