// API reference from custom-elements.json (the one manifest): the README's per-element blocks
// between <!-- api:TAG --> and <!-- /api:TAG -->, and VS Code's custom HTML data.
//   node scripts/api-docs.mjs          rewrite README.md blocks and dist/vscode.html-custom-data.json
//   node scripts/api-docs.mjs --check  exit 1 when README.md differs from the manifest
//   node scripts/api-docs.mjs --vscode-only   only the VS Code data (the build runs this)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The custom elements of a manifest, by tag. */
export function elements(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const events = (element) => (element.events ?? []).filter((event) => event.name?.startsWith('hms-') && event.description);

/** The markdown block for one element. */
export function renderElement(element) {
  const lines = [];
  const attributes = element.attributes ?? [];
  if (attributes.length) {
    lines.push('| attribute | property | type | default | description |', '| --- | --- | --- | --- | --- |');
    for (const a of attributes) {
      lines.push(`| \`${a.name}\` | \`${a.fieldName ?? ''}\` | ${cell(a.type?.text ?? '').replace(/ \\?\| undefined$/, '')} | ${cell(a.default === 'undefined' ? '' : (a.default ?? ''))} | ${cell(a.description)} |`);
    }
  }
  const properties = (element.members ?? []).filter(
    (m) => m.kind === 'field' && !m.privacy && !m.static && !m.name.startsWith('#') && !attributes.some((a) => a.fieldName === m.name) && m.description,
  );
  if (properties.length) lines.push('', `Properties: ${properties.map((p) => `\`${p.name}\` (${cell(p.description)})`).join('; ')}.`);
  const methods = (element.members ?? []).filter((m) => m.kind === 'method' && !m.privacy && !m.static && m.description && !m.name.startsWith('#'));
  if (methods.length) lines.push('', `Methods: ${methods.map((m) => `\`${m.name}()\` (${cell(m.description)})`).join('; ')}.`);
  if (events(element).length) lines.push('', `Events: ${events(element).map((e) => `\`${e.name}\` (${cell(e.description)})`).join('; ')}.`);
  if (element.cssParts?.length) lines.push('', `Parts: ${element.cssParts.map((p) => `\`${p.name}\``).join(', ')}.`);
  if (element.cssProperties?.length) lines.push('', `CSS custom properties: ${element.cssProperties.map((p) => `\`${p.name}\` (${cell(p.description)})`).join('; ')}.`);
  if (element.slots?.length) lines.push('', `Slots: ${element.slots.map((s) => `${s.name ? `\`${s.name}\`` : 'default'} (${cell(s.description)})`).join('; ')}.`);
  return lines.join('\n');
}

/** README with every api block regenerated from the manifest. */
export function updateReadme(readme, manifest) {
  let out = readme;
  for (const element of elements(manifest)) {
    const pattern = new RegExp(`(<!-- api:${element.tagName} -->)[\\s\\S]*?(<!-- /api:${element.tagName} -->)`);
    out = out.replace(pattern, `$1\n${renderElement(element)}\n$2`);
  }
  return out;
}

/** VS Code custom HTML data: tags, their attributes and values, for completion in editors. */
export function vscodeData(manifest) {
  return {
    version: 1.1,
    tags: elements(manifest).map((element) => ({
      name: element.tagName,
      description: element.summary ?? element.description ?? '',
      attributes: (element.attributes ?? []).map((a) => {
        const values = [...(a.type?.text ?? '').matchAll(/'([^']+)'/g)].map((m) => ({ name: m[1] }));
        return { name: a.name, description: a.description ?? '', ...(values.length ? { values } : {}) };
      }),
    })),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let flags;
  try {
    flags = parseArgs({ options: { check: { type: 'boolean' }, 'vscode-only': { type: 'boolean' } } }).values;
  } catch (error) {
    console.error(`${error.message}\nUsage: node scripts/api-docs.mjs [--check | --vscode-only]`);
    process.exit(2);
  }
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  const readme = readFileSync(`${root}README.md`, 'utf8');
  const updated = updateReadme(readme, manifest);
  if (flags['vscode-only']) {
    mkdirSync(`${root}dist`, { recursive: true });
    writeFileSync(`${root}dist/vscode.html-custom-data.json`, `${JSON.stringify(vscodeData(manifest), null, 2)}\n`);
  } else if (flags.check) {
    if (updated !== readme) {
      console.error('README.md API blocks differ from custom-elements.json: run `npm run docs`.');
      process.exit(1);
    }
  } else {
    writeFileSync(`${root}README.md`, updated);
    mkdirSync(`${root}dist`, { recursive: true });
    writeFileSync(`${root}dist/vscode.html-custom-data.json`, `${JSON.stringify(vscodeData(manifest), null, 2)}\n`);
    console.error('Updated README.md API blocks and dist/vscode.html-custom-data.json');
  }
}
