// The framework types (`npm run build`: scripts/framework-types.mjs) name every attribute, property
// and event of every element in custom-elements.json, each event with its own detail type. The host
// apps (test/hosts/) type-check templates with a few of them and a misspelling; this holds the rest,
// so a generator that drops a member, or types an event as plain Event, fails here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { elements } from '../../scripts/api-docs.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
const read = (file) => readFileSync(`${root}dist/${file}`, 'utf8');
const files = { jsx: read('frameworks/jsx.d.ts'), vue: read('frameworks/vue.d.ts'), svelte: read('frameworks/svelte.d.ts') };
const webTypes = JSON.parse(read('web-types.json'));

const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The `type <Class>Props = { ... };` block of a generated file. */
function propsBlock(source, className) {
  const start = source.search(new RegExp(`(^|\\n)(export )?type ${className}Props = \\{`));
  assert.ok(start >= 0, `type ${className}Props`);
  return source.slice(start, source.indexOf('\n};', start));
}

/** The keys a props block declares (`name?:` or `"name"?:`). */
const keys = (block) => new Set([...block.matchAll(/^ {2}"?([\w:-]+)"?\?:/gm)].map((match) => match[1]));

/** What a framework must be able to set on an element: its attributes, and its public properties that have none. */
function members(element) {
  const attributes = element.attributes ?? [];
  const properties = (element.members ?? []).filter(
    (member) => member.kind === 'field' && !member.static && !member.readonly && !member.privacy && !member.attribute,
  );
  return { attributes, properties: properties.map((member) => member.name), events: element.events ?? [] };
}

for (const element of elements(manifest)) {
  const { attributes, properties, events } = members(element);
  const className = element.name;

  test(`${element.tagName}: the manifest has attributes and events to check`, () => {
    assert.ok(attributes.length > 0);
    if (element.tagName !== 'hms-catalog') assert.ok(events.length >= 2);
    for (const event of events) assert.match(event.type?.text ?? '', /^Hms\w+Event$/, `${event.name} has its event type`);
  });

  for (const framework of ['jsx', 'vue', 'svelte']) {
    test(`${element.tagName}: ${framework} types name every attribute, property and event`, () => {
      const block = propsBlock(files[framework], className);
      const declared = keys(block);
      // JSX and Vue also take a property name where it differs from the attribute (React 19 and Vue set properties).
      const expected = [
        ...attributes.map((attribute) => attribute.name),
        ...(framework === 'svelte' ? [] : attributes.map((attribute) => attribute.fieldName).filter(Boolean)),
        ...properties,
        ...events.map((event) => `on${event.name}`),
      ];
      assert.deepEqual(expected.filter((key) => !declared.has(key)), [], `missing from ${className}Props`);
      for (const event of events) {
        const type = event.type.text;
        // JSX types the handler with an event whose target is the element: <Class><Event>ElementEvent = <Class>ElementEvent<<Type>>.
        const handler = framework === 'jsx' ? `${className}${pascal(event.name)}ElementEvent` : type;
        assert.match(block, new RegExp(`"on${escape(event.name)}"\\?:\\s*\\(?\\(e: ${handler}\\) => void`), `on${event.name} takes ${handler}`);
        if (framework === 'jsx') {
          assert.match(files.jsx, new RegExp(`type ${handler} =\\s*${className}ElementEvent<${type}>;`), `${handler} is ${type}`);
        }
      }
    });
  }

  test(`${element.tagName}: web-types name every attribute, property and event`, () => {
    const entry = webTypes.contributions.html.elements.find((candidate) => candidate.name === element.tagName);
    assert.ok(entry, 'an entry');
    const names = (list) => new Set((list ?? []).map((item) => item.name));
    const webAttributes = names(entry.attributes);
    const webProperties = names(entry.js?.properties);
    const webEvents = new Set([...names(entry.events), ...names(entry.js?.events)]);
    assert.deepEqual(attributes.map((a) => a.name).filter((name) => !webAttributes.has(name)), [], 'attributes');
    assert.deepEqual(
      [...attributes.map((a) => a.fieldName).filter(Boolean), ...properties].filter((name) => !webProperties.has(name)),
      [],
      'properties',
    );
    assert.deepEqual(events.map((e) => e.name).filter((name) => !webEvents.has(name)), [], 'events');
  });
}
