// The manifest documents every element, and the README's API blocks match it (after `npm run build`).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { elements, updateReadme, vscodeData } from '../../scripts/api-docs.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
const tags = readdirSync(`${root}src/components`).map((name) => `hms-${name}`).sort();

test('the manifest lists every element', () => {
  assert.deepEqual(elements(manifest).map((e) => e.tagName), tags);
});

for (const tag of tags) {
  test(`${tag}: summary, described attributes, and the parts and events it renders and fires`, () => {
    const element = elements(manifest).find((e) => e.tagName === tag);
    assert.ok(element.summary, 'a @summary');
    assert.ok(element.attributes.length > 0);
    for (const attribute of element.attributes) {
      assert.ok(attribute.description, `${attribute.name} has a description`);
      assert.match(attribute.name, /^[a-z]+(-[a-z]+)*$/, 'attributes are kebab-case');
    }
    if (tag === 'hms-catalog') return;
    const names = (list) => (list ?? []).map((item) => item.name);
    assert.ok(names(element.events).includes('hms-load'), 'documents hms-load');
    assert.ok(names(element.events).includes('hms-error'), 'documents hms-error');
    assert.ok(names(element.cssParts).length >= 3, 'documents its parts');
    for (const part of ['skeleton', 'error']) assert.ok(names(element.cssParts).includes(part), `documents part ${part}`);
    const source = readFileSync(`${root}src/components/${tag.slice(4)}/${tag.slice(4)}.component.ts`, 'utf8');
    for (const [, part] of source.matchAll(/part="([a-z-]+)/g)) assert.ok(names(element.cssParts).includes(part), `part "${part}" is documented`);
    for (const [, event] of source.matchAll(/emit\('(hms-[a-z-]+)'/g)) assert.ok(names(element.events).includes(event), `event ${event} is documented`);
  });
}

test('the README API blocks match the manifest (run `npm run docs` after changing an element)', () => {
  const readme = readFileSync(`${root}README.md`, 'utf8');
  for (const tag of tags) assert.ok(readme.includes(`<!-- api:${tag} -->`), `README has a block for ${tag}`);
  assert.equal(updateReadme(readme, manifest), readme);
});

test('VS Code custom data has every tag and its attributes, with enumerated values', () => {
  const data = vscodeData(manifest);
  assert.deepEqual(data.tags.map((t) => t.name), tags);
  const mission = data.tags.find((t) => t.name === 'hms-mission');
  const theme = mission.attributes.find((a) => a.name === 'theme');
  assert.deepEqual(theme.values.map((v) => v.name), ['light', 'dark', 'high-contrast', 'auto']);
});
