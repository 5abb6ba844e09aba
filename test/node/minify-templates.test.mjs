// The builds' template minifier (scripts/minify-templates.mjs): it drops the source's indentation
// before minifying, as src/internal/html.ts does at run time, but never the white space that
// separates two bindings inside a tag (test/internal/html.test.ts checks the run-time side).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyTemplatesPlugin } from '../../scripts/minify-templates.mjs';

/** The template literal of `code` as the plugin leaves it. */
async function minified(template) {
  const plugin = minifyTemplatesPlugin();
  const code = `import { html } from 'lit';\nexport const t = (a, b) => html\`${template}\`;\n`;
  const out = await plugin.transform.call({ warn() {}, error: (e) => { throw e; } }, code, `${process.cwd()}/src/fixture.ts`);
  return /html`([^`]*)`/.exec(out?.code ?? code)[1];
}

test('indentation between tags, and between a tag and a binding, goes', async () => {
  assert.equal(await minified('<ul>\n    <li>${a}</li>\n    ${b}\n  </ul>\n'), '<ul><li>${a}</li>${b}</ul>');
});

test('white space between two bindings inside a tag stays: an element binding on its own line', async () => {
  assert.equal(await minified('<input\n    type="text"\n    .value=${a}\n    ${b}\n  />'), '<input type="text" .value="${a}" ${b}>');
});

test('white space between two bindings in a quoted attribute value stays', async () => {
  assert.equal(await minified('<p class="${a}\n     ${b}">x</p>'), '<p class="${a} ${b}">x</p>');
});
