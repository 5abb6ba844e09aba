// The validator CLI, run as a partner's regional team would run it (after `npm run build`).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = (...args) =>
  new Promise((resolve) => {
    execFile(process.execPath, [`${root}bin/hms-widgets.mjs`, ...args], { cwd: root }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });

test('the sample catalog passes', async () => {
  const { code, stdout } = await run('validate', 'demo/catalog.json');
  assert.equal(code, 0, stdout);
  const sample = JSON.parse(readFileSync(`${root}demo/catalog.json`, 'utf8'));
  assert.match(stdout, new RegExp(`✓ demo/catalog.json: ${sample.courses.length} courses, ${sample.programs.length} programs`));
});

test('the bad-items fixture fails, with every dropped item and its JSON path', async () => {
  const { code, stdout } = await run('validate', 'test/fixtures/bad-items.json');
  assert.equal(code, 1);
  for (const path of ['$.courses[1].id', '$.courses[2].title', '$.courses[3].id', '$.courses[6].price.currency', '$.divisions[1].id']) {
    assert.match(stdout, new RegExp(`dropped\\s+${path.replace(/[$.[\]]/g, '\\$&')}:`), path);
  }
  assert.match(stdout, /fixed\s+\$\.courses\[9\]\.url/);
});

test('--json gives the same issues as data', async () => {
  const { code, stdout } = await run('validate', 'test/fixtures/bad-items.json', '--json');
  assert.equal(code, 1);
  const result = JSON.parse(stdout);
  assert.equal(result.ok, false);
  assert.ok(result.issues.some((issue) => issue.path === '$.courses[3].id' && issue.action === 'dropped'));
});

test('a document that is not a catalog, or not JSON, is rejected with its reason', async () => {
  const notCatalog = await run('validate', 'test/fixtures/not-a-catalog.json');
  assert.equal(notCatalog.code, 1);
  assert.match(notCatalog.stdout, /no "version" field/);
  const missing = await run('validate', 'test/fixtures/no-such-file.json');
  assert.equal(missing.code, 1);
  assert.match(missing.stdout, /no-such-file\.json/);
});

test('a URL is fetched and checked', async () => {
  const server = await serveStatic(`${root}demo`);
  try {
    const ok = await run('validate', `${server.origin}/catalog.json`);
    assert.equal(ok.code, 0, ok.stdout);
    const notFound = await run('validate', `${server.origin}/missing.json`);
    assert.equal(notFound.code, 1);
    assert.match(notFound.stdout, /HTTP status 404/);
  } finally {
    await server.close();
  }
});

test('no arguments prints the usage and exits 2', async () => {
  const { code, stderr } = await run();
  assert.equal(code, 2);
  assert.match(stderr, /Usage: hms-widgets validate/);
});

test('an unknown option is named, with the usage, and exits 2', async () => {
  const { code, stderr } = await run('validate', 'demo/catalog.json', '--jsn');
  assert.equal(code, 2);
  assert.match(stderr, /Unknown option '--jsn'/);
  assert.match(stderr, /Usage: hms-widgets validate/);
});
