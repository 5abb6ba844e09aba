// Framework types from custom-elements.json, by the custom-elements-manifest ecosystem's generators:
//   dist/frameworks/jsx.d.ts     React 19 JSX (`hms-widgets/jsx`): IntrinsicElements, properties, `onhms-*` handlers
//   dist/frameworks/vue.d.ts     Vue's GlobalComponents (`hms-widgets/vue`)
//   dist/frameworks/svelte.d.ts  svelte-check's svelteHTML.IntrinsicElements (`hms-widgets/svelte`)
//   dist/web-types.json          JetBrains IDEs (package.json `web-types`)
// The build runs it after the manifest. The fixes below are where a generator's output is wrong for
// this package; the host apps' type checks (test/hosts/) fail if one stops holding.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';

const root = fileURLToPath(new URL('../', import.meta.url));
const outdir = `${root}dist/frameworks`;
const manifest = () => JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
// The types of the widgets and their events, relative to dist/frameworks/.
const typesPath = '../types/index.js';
const quiet = { hideLogs: true };
mkdirSync(outdir, { recursive: true });

/** The event types the manifest names (`HmsLoadEvent`, ...), each exported by the package's index. */
const eventTypes = [
  ...new Set(
    manifest()
      .modules.flatMap((module) => module.declarations ?? [])
      .flatMap((declaration) => declaration.events ?? [])
      .map((event) => event.type?.text)
      .filter((type) => /^Hms\w+Event$/.test(type ?? '')),
  ),
].sort();

/** Rewrites a generated file. */
function edit(file, change) {
  const path = `${outdir}/${file}`;
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

/** One `import type` of the widgets and every event type, instead of the generators' (duplicated, or without the events). */
function importAll(text) {
  const first = text.match(new RegExp(`import type \\{[^}]*\\} from "${typesPath.replace(/[.]/g, '\\.')}";\n`));
  if (!first) throw new Error('framework types: the generated file has no import of the widget types');
  const names = new Set([...first[0].matchAll(/\b(\w+),/g)].map((match) => match[1]));
  for (const type of eventTypes) names.add(type);
  return text.replace(first[0], `import type {\n${[...names].map((name) => `  ${name},`).join('\n')}\n} from "${typesPath}";\n`);
}

// React 19: events are `on<event-name>` props. The generator also augments Preact, Solid, Hono and
// others, which fail to compile where those are not installed: only React's modules stay.
generateJsxTypes(manifest(), { ...quiet, outdir, fileName: 'jsx.d.ts', globalTypePath: typesPath, stronglyTypedEvents: true });
edit('jsx.d.ts', (text) => {
  const others = /\ndeclare module "(?!react["/])[^"]+" \{[\s\S]*?\n\}\n/g;
  return importAll(text).replace(others, '\n');
});

// Vue and Svelte: the event types are already CustomEvents, not their details.
const eventNotDetail = (text) => text.replace(/CustomEvent<(Hms\w+Event)>/g, '$1');
const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
const pascal = (name) => camel(name).replace(/^\w/, (letter) => letter.toUpperCase());
const tags = manifest()
  .modules.flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .map((declaration) => declaration.tagName);

/** Each element's public properties that have no attribute, by class name. */
const propertyOnly = new Map(
  manifest()
    .modules.flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [
      declaration.name,
      (declaration.members ?? [])
        .filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public')
        .filter((m) => !(declaration.attributes ?? []).some((a) => a.fieldName === m.name))
        .map((m) => m.name),
    ]),
);

/** The global HTML attributes a Vue template may set on a widget (Vue itself allows `class` and `style`). */
const VUE_HTML_ATTRIBUTES = ['id', 'slot', 'part', 'exportparts', 'title', 'lang', 'dir', 'role', 'tabindex', 'hidden', 'inert']
  .map((name) => `  ${name}?: ${name === 'hidden' || name === 'inert' ? 'boolean' : name === 'tabindex' ? 'number | string' : 'string'};`)
  .join('\n');

// Vue: vue-tsc looks components up by their PascalCase name, reads `:page-size` as `pageSize` and
// `@hms-load` as `onHmsLoad`, `:modality="null"` is how Vue says "no filter" (null reads as not set),
// and with `checkUnknownProps` a global attribute such as `id` must be typed too.
generateVuejsTypes(manifest(), { ...quiet, outdir, fileName: 'vue.d.ts', globalTypePath: typesPath });
edit('vue.d.ts', (text) =>
  eventNotDetail(importAll(text))
    .replace(/^(\s*)"on(hms-[\w-]+)"\?: (.*)$/gm, (line, indent, name, type) => `${line}\n${indent}on${pascal(name)}?: ${type}`)
    .replace(/^(\s*)"((?!onhms-)[a-z]+(?:-[a-z]+)+)"\?: (.*);$/gm, (line, indent, name, type) => `${line}\n${indent}${camel(name)}?: ${type};`)
    .replace(/^(\s*[\w"-]+\?: Hms\w+\["\w+"\]);$/gm, '$1 | null;')
    .replace(/^type (Hms\w+)Props = \{$/gm, (line) => `${line}\n${VUE_HTML_ATTRIBUTES}`)
    .replace(
      /interface GlobalComponents extends CustomElements \{\}/,
      `interface GlobalComponents extends CustomElements {\n${tags.map((tag) => `    ${pascal(tag)}: CustomElements["${tag}"];`).join('\n')}\n  }`,
    ),
);

// Svelte 5 listens with `onhms-load={...}` (Svelte 4's `on:hms-load` still type-checks too).
generateSvelteTypes(manifest(), { ...quiet, outdir, fileName: 'svelte.d.ts', globalTypePath: typesPath });
// Svelte 5 sets a property when the element has it, but the generator types only attributes: the
// property-only members (`catalog`, `course`, ...) are added. And its `declare namespace svelteHTML`
// sits in a module, where it is not the global one.
edit('svelte.d.ts', (text) =>
  eventNotDetail(importAll(text))
    .replace(/^(\s*)"on:(hms-[\w-]+)"\?: (.*)$/gm, (line, indent, name, type) => `${line}\n${indent}"on${name}"?: ${type}`)
    .replace(/^(?:export )?type (Hms\w+)Props = \{$/gm, (line, name) =>
      [line, ...(propertyOnly.get(name) ?? []).map((member) => `  ${member}?: ${name}["${member}"];`)].join('\n'),
    )
    .replace(/\ndeclare namespace svelteHTML \{([\s\S]*?)\n\}/, (_, body) => `\ndeclare global {\n  namespace svelteHTML {${body.replace(/\n/g, '\n  ')}\n  }\n}`),
);

generateJetBrainsWebTypes(manifest(), { ...quiet, outdir: `${root}dist`, webTypesFileName: 'web-types.json', packageJson: false });

// Importing an entry for its types needs a module behind it.
for (const name of ['jsx', 'vue', 'svelte']) writeFileSync(`${outdir}/${name}.js`, 'export {};\n');
