// The package as a consumer gets it: `npm pack` of the built repo (run `npm run build` first; `npm test`
// does), installed offline from npm's cache into a fresh project in the OS temp folder. Checks every
// exports entry from Node, type-checks a strict TypeScript consumer (test/package/consumer.ts) with
// moduleResolution Bundler and NodeNext, checks that each single-widget entry alone types its
// widget's events, and runs the bin. Skips only when npm itself is missing.
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const tsc = join(root, 'node_modules/typescript/bin/tsc');

const npmCheck = spawnSync('npm', ['--version'], { encoding: 'utf8' });
const npmMissing = npmCheck.error || npmCheck.status !== 0 ? `npm is not available (${npmCheck.error?.message ?? npmCheck.stderr.trim()}): skipping the packed-package test` : false;

/** Entries that are browser bundles: they touch HTMLElement when imported, so Node only resolves them. */
const RESOLVE_ONLY = /^\.\/cdn\//;
/** Entries that carry only framework types (React JSX, Vue, Svelte): their module is empty. */
const TYPES_ONLY = /^\.\/(jsx|vue|svelte)$/;
/** Entries imported for what they do, not for what they export (Lit's hydration support: must run before Lit loads). */
const SIDE_EFFECT_ONLY = /^\.\/hydrate$/;

/** npm with quiet output; `--offline` first (the project's install filled the cache), else `--prefer-offline`. */
let installMode = '--offline';
function npmInstall(cwd, ...args) {
  const run = (mode) =>
    execFileSync('npm', ['install', mode, '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', ...args], { cwd, stdio: 'pipe', encoding: 'utf8' });
  try {
    run(installMode);
  } catch (error) {
    if (installMode !== '--offline') throw error;
    installMode = '--prefer-offline';
    run(installMode);
  }
}

/** Every element of the manifest (the widget list, as built): tag, folder and the events it fires. */
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => ({ tag: declaration.tagName, folder: module.path.split('/')[2], events: (declaration.events ?? []).map((event) => event.name) })),
);
/** `hms-course-list` → `CourseList`: the name of its React wrapper. */
const reactName = (tag) => tag.replace(/^hms-/, '').replace(/(^|-)(\w)/g, (_, _dash, letter) => letter.toUpperCase());

/**
 * Concrete specifiers for every exports entry: `./cdn/*` becomes one file that is there, e.g.
 * `hms-widgets/cdn/hms-widgets.js`, using the installed package's own files; the widget patterns
 * (`./*` and its `class` variant) become one specifier per widget folder.
 */
function specifiers(installed) {
  return Object.entries(pkg.exports).flatMap(([entry, target]) => {
    const file = typeof target === 'string' ? target : target.default;
    if (!entry.includes('*')) return [{ entry, specifier: posix.join(pkg.name, entry), file }];
    if (entry.startsWith('./*')) {
      return elements.map(({ folder }) => ({
        entry: entry.replace('*', folder),
        specifier: posix.join(pkg.name, entry.replace('*', folder)),
        file: file.replaceAll('*', folder),
      }));
    }
    const [prefix, suffix] = file.split('*');
    const folder = join(installed, prefix.slice(0, prefix.lastIndexOf('/')));
    const start = prefix.slice(prefix.lastIndexOf('/') + 1);
    const match = readdirSync(folder, { withFileTypes: true })
      .filter((item) => item.isFile())
      .map((item) => item.name)
      .sort()
      .find((name) => name.startsWith(start) && name.endsWith(suffix) && name.length > start.length + suffix.length);
    assert.ok(match, `${entry}: no file in the package matches ${file}`);
    const middle = match.slice(start.length, match.length - suffix.length);
    return [{ entry, specifier: posix.join(pkg.name, entry.replace('*', middle)), file: file.replace('*', middle) }];
  });
}

describe('the packed package, as a consumer installs it', { skip: npmMissing }, () => {
  let dir;
  let installed;
  let packedFiles;
  let reactBeforeAsked;

  before(() => {
    assert.ok(existsSync(join(root, 'dist/index.js')), 'dist/ is missing: run `npm run build` first');
    dir = mkdtempSync(join(tmpdir(), 'hms-widgets-consumer-'));
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
    packedFiles = packed.files.map((file) => file.path);
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { [pkg.name]: `file:./${packed.filename}` } }, null, 2),
    );
    npmInstall(dir);
    reactBeforeAsked = existsSync(join(dir, 'node_modules/react'));
    // A React app has react and react-dom itself (optional peers of hms-widgets).
    npmInstall(dir, `react@${pkg.devDependencies.react}`, `react-dom@${pkg.devDependencies['react-dom']}`);
    installed = join(dir, 'node_modules', pkg.name);
  });

  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  test('the tarball holds the built package and no sources, tests or tooling', (t) => {
    t.diagnostic(`installed with npm install ${installMode}; ${packedFiles.length} files packed`);
    for (const required of ['package.json', 'dist/index.js', 'dist/react/index.js', 'dist/types/react/index.d.ts', 'bin/hms-widgets.mjs', 'custom-elements.json', 'dist/frameworks/jsx.d.ts', 'dist/frameworks/vue.d.ts', 'dist/frameworks/svelte.d.ts', pkg['web-types'].replace(/^\.\//, '')]) {
      assert.ok(packedFiles.includes(required), `${required} is packed`);
    }
    const stray = packedFiles.filter((file) => /^(src|test|scripts|stories|demo|bench|node_modules|storybook-static|coverage|\.)/.test(file));
    assert.deepEqual(stray, []);
  });

  test('dependencies install with it; React is an optional peer that a non-React consumer does not get', () => {
    for (const dependency of Object.keys(pkg.dependencies)) {
      assert.ok(existsSync(join(dir, 'node_modules', dependency, 'package.json')), `${dependency} is installed`);
    }
    assert.equal(reactBeforeAsked, false, 'react was installed although the consumer did not ask for it');
  });

  test('every exports entry resolves from Node to a packed file, and imports there unless it is a browser bundle', () => {
    const entries = specifiers(installed);
    // One Node process imports them all, in the consumer project, with Node's own export conditions.
    const script = `
      import { createRequire } from 'node:module';
      import { fileURLToPath } from 'node:url';
      const require = createRequire(import.meta.url);
      const results = [];
      for (const { entry, specifier, importIt } of ${JSON.stringify(entries.map((e) => ({ ...e, importIt: !RESOLVE_ONLY.test(e.entry) })))}) {
        const result = { entry, resolved: fileURLToPath(import.meta.resolve(specifier)), required: require.resolve(specifier) };
        if (importIt && specifier.endsWith('.json')) result.exports = Object.keys((await import(specifier, { with: { type: 'json' } })).default);
        else if (importIt && !specifier.endsWith('.css')) result.exports = Object.keys(await import(specifier));
        results.push(result);
      }
      const React = (await import('react')).default;
      const { renderToString } = await import('react-dom/server');
      const { CourseList } = await import('${pkg.name}/react');
      results.push({
        tags: ${JSON.stringify(elements.map((element) => element.tag))}
          .filter((tag) => typeof globalThis.customElements?.get(tag) === 'function'),
        ssr: renderToString(React.createElement(CourseList, { modality: 'live' })),
      });
      console.log(JSON.stringify(results));`;
    const results = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' }));
    const { tags, ssr } = results.pop();
    for (const { entry, file } of entries) {
      const result = results.find((r) => r.entry === entry);
      const expected = join(installed, file);
      assert.equal(result.resolved, expected, `${entry} resolves (import) to ${file}`);
      assert.equal(result.required, expected, `${entry} resolves (require) to ${file}`);
      assert.ok(existsSync(expected), `${entry}: ${file} is in the package`);
      if (RESOLVE_ONLY.test(entry) || file.endsWith('.css')) assert.equal(result.exports, undefined);
      else if (TYPES_ONLY.test(entry) || SIDE_EFFECT_ONLY.test(entry)) assert.deepEqual(result.exports, [], `${entry} exports nothing`);
      else assert.ok(result.exports.length > 0, `${entry} imports in Node and exports something`);
    }
    const byEntry = Object.fromEntries(results.map((r) => [r.entry, r.exports]));
    assert.ok(byEntry['.'].includes('HmsCourseList') && byEntry['.'].includes('validateCatalog'));
    assert.deepEqual(byEntry['./react'].sort(), elements.map(({ tag }) => reactName(tag)).sort(), 'one React wrapper per element');
    for (const { tag, folder } of elements) {
      assert.ok(byEntry[`./${folder}`].length > 0, `hms-widgets/${folder} (<${tag}>) is an entry`);
      assert.ok(byEntry[`./${folder}/class`].length > 0, `hms-widgets/${folder}/class is an entry`);
    }
    // Lit's Node build gives a customElements registry: `hms-widgets/define` registered every tag.
    assert.equal(tags.length, elements.length, `tags defined in Node: ${tags.join(', ')}`);
    assert.match(ssr, /^<hms-course-list[\s>]/, 'the React wrapper renders on the server');
  });

  test('hms-widgets/validate runs in Node without a DOM and without loading Lit', () => {
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { validateCatalog } from '${pkg.name}/validate';
         console.log(validateCatalog({ version: 1 }).catalog.version, typeof globalThis.customElements, typeof globalThis.litPropertyMetadata)`,
      ],
      { cwd: dir, encoding: 'utf8' },
    ).trim();
    assert.equal(out, '1 undefined undefined');
  });

  test('a strict TypeScript consumer type-checks against the packed types (Bundler and NodeNext)', async () => {
    copyFileSync(join(root, 'test/package/consumer.ts'), join(dir, 'consumer.ts'));
    const runs = ['Bundler', 'NodeNext'].map(async (moduleResolution) => {
      const config = `tsconfig.${moduleResolution.toLowerCase()}.json`;
      writeFileSync(
        join(dir, config),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            target: 'ES2022',
            module: moduleResolution === 'NodeNext' ? 'NodeNext' : 'ESNext',
            moduleResolution,
            lib: ['ES2022', 'DOM', 'DOM.Iterable'],
            types: [],
            noEmit: true,
            skipLibCheck: false,
          },
          files: ['consumer.ts'],
        }),
      );
      try {
        await promisify(execFile)(process.execPath, [tsc, '-p', config], { cwd: dir, encoding: 'utf8' });
      } catch (error) {
        assert.fail(`tsc (${moduleResolution}) failed:\n${error.stdout}${error.stderr}`);
      }
    });
    await Promise.all(runs);
  });

  test('each single-widget entry alone types the detail of every event its widget fires', async () => {
    // One program per entry: a global event-map entry reached only through the root entry would
    // leak between files of one program and hide exactly the bug this catches.
    const runs = elements.map(async ({ tag, folder, events }) => {
      const lines = [
        `import 'hms-widgets/${folder}';`,
        `const el = document.querySelector('${tag}');`,
        ...events.flatMap((name) => [
          `el?.addEventListener('${name}', (event) => {`,
          `  const detail: HTMLElementEventMap['${name}']['detail'] = event.detail;`,
          `  // @ts-expect-error: a typed detail has no such field (an \`any\` detail would let this pass)`,
          `  console.log(detail, event.detail.noSuchField);`,
          `});`,
        ]),
        'export {};',
      ];
      const source = `entry-${folder}.ts`;
      writeFileSync(join(dir, source), `${lines.join('\n')}\n`);
      const config = `tsconfig.entry-${folder}.json`;
      writeFileSync(
        join(dir, config),
        JSON.stringify({
          compilerOptions: { strict: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM'], types: [], noEmit: true },
          files: [source],
        }),
      );
      try {
        await promisify(execFile)(process.execPath, [tsc, '-p', config], { cwd: dir, encoding: 'utf8' });
      } catch (error) {
        assert.fail(`hms-widgets/${folder} alone does not type its events (${events.join(', ')}):\n${error.stdout}${error.stderr}`);
      }
    });
    await Promise.all(runs);
    assert.ok(elements.some(({ events }) => events.length > 0), 'the manifest lists events');
  });

  test('the hms-widgets bin from the installed package validates the sample catalog', () => {
    const out = execFileSync(join(dir, 'node_modules/.bin/hms-widgets'), ['validate', join(root, 'demo/catalog.json')], { encoding: 'utf8' });
    assert.match(out, /✓ .*demo\/catalog\.json: \d+ courses/);
  });
});
