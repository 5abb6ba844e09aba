// The package as a consumer gets it: `npm pack`, installed into a fresh project (after `npm run build`).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
let dir;
let installed;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'hms-widgets-consumer-'));
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { 'hms-widgets': `file:./${filename}` } }));
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: dir, stdio: 'pipe' });
  installed = join(dir, 'node_modules/hms-widgets');
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('every exports entry resolves to a file in the package', () => {
  for (const [entry, target] of Object.entries(pkg.exports)) {
    if (entry.includes('*')) continue;
    const files = typeof target === 'string' ? [target] : Object.values(target);
    for (const file of files) assert.ok(existsSync(join(installed, file)), `${entry} → ${file}`);
  }
  const cdn = join(installed, 'dist/cdn/hms-widgets.js');
  assert.ok(existsSync(cdn), 'the CDN bundle ships');
});

test('every entry resolves from Node, and hms-widgets/validate runs there without a DOM', async () => {
  const resolve = (specifier) => execFileSync(process.execPath, ['--input-type=module', '-e', `console.log(import.meta.resolve(${JSON.stringify(specifier)}))`], { cwd: dir, encoding: 'utf8' }).trim();
  for (const specifier of ['hms-widgets', 'hms-widgets/define', 'hms-widgets/course-list', 'hms-widgets/mission/class']) {
    assert.match(resolve(specifier), /node_modules\/hms-widgets\/dist\//, specifier);
  }
  const out = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', "import { validateCatalog } from 'hms-widgets/validate'; console.log(validateCatalog({ version: 1 }).catalog.version)"],
    { cwd: dir, encoding: 'utf8' },
  ).trim();
  assert.equal(out, '1');
});

test('a strict TypeScript consumer type-checks against the packed types', () => {
  copyFileSync(`${root}test/package/consumer.ts`, join(dir, 'consumer.ts'));
  for (const moduleResolution of ['Bundler', 'NodeNext']) {
    writeFileSync(
      join(dir, 'tsconfig.json'),
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
          experimentalDecorators: true,
        },
        files: ['consumer.ts'],
      }),
    );
    try {
      execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', dir], { cwd: dir, encoding: 'utf8' });
    } catch (error) {
      assert.fail(`tsc (${moduleResolution}) failed:\n${error.stdout}`);
    }
  }
});

test('the validator CLI runs from the installed package', () => {
  const out = execFileSync(join(dir, 'node_modules/.bin/hms-widgets'), ['validate', `${root}demo/catalog.json`], { encoding: 'utf8' });
  assert.match(out, /✓ .*demo\/catalog\.json: \d+ courses/);
});
