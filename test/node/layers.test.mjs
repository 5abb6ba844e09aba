// The source's layers (docs/contributing.md, "Project layout"): imports run one way, from the
// entries down to the data model, with none back up and no cycle. Reads every module under src/
// and the relative specifiers of its imports, re-exports and dynamic imports.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

/** Each layer may import its own and the lower ones. */
const LAYERS = [
  ['internal', 'version.ts'], // small helpers any layer may use
  ['catalog'],
  ['i18n', 'styles', 'events'],
  ['controllers'],
  ['base'],
  ['components'],
  ['react', 'widgets.ts', 'index.ts', 'define.ts', 'cdn.ts', 'validate.ts', 'ssr.ts', 'hydrate.ts', 'cdn-hydrate.ts'], // entries
];

function layerOf(file) {
  const top = relative(src, file).split('/')[0];
  const rank = LAYERS.findIndex((names) => names.includes(top));
  assert.notEqual(rank, -1, `src/${relative(src, file)} is in no layer: add its folder to LAYERS in test/node/layers.test.mjs and to docs/contributing.md`);
  return rank;
}

function modules(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return modules(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Relative specifiers of a module's imports, `export … from` and `import()`, as .ts paths. */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) => match[1]);
  return specifiers.map((specifier) => resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
}

const files = modules(src);
const graph = new Map(files.map((file) => [file, importsOf(file)]));

test('every module imports only from its own layer or a lower one', () => {
  const upward = [];
  for (const [file, imports] of graph) {
    for (const target of imports) {
      assert.ok(graph.has(target), `src/${relative(src, file)} imports src/${relative(src, target)}, which is not there`);
      if (layerOf(target) > layerOf(file)) upward.push(`src/${relative(src, file)} -> src/${relative(src, target)}`);
    }
  }
  assert.deepEqual(upward, [], 'imports that go back up a layer');
  assert.ok(files.length > 40, `read ${files.length} modules`);
});

test('no import cycle', () => {
  const state = new Map();
  const cycles = [];
  const visit = (file, path) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(src, f)).join(' -> '));
      return;
    }
    state.set(file, 'open');
    for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of files) visit(file, []);
  assert.deepEqual(cycles, []);
});
