// Holds the gzip size of the CDN bundles to the budgets in size-budgets.json (after `npm run build`).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../../', import.meta.url));
const budgets = JSON.parse(readFileSync(`${root}size-budgets.json`, 'utf8')).files;

test('every CDN bundle has a budget', () => {
  const built = readdirSync(`${root}dist/cdn`).filter((f) => f.endsWith('.js')).map((f) => `dist/cdn/${f}`);
  assert.deepEqual(built.sort(), Object.keys(budgets).sort());
});

for (const [file, limit] of Object.entries(budgets)) {
  test(`${file} is at most ${limit} bytes gzipped`, () => {
    assert.ok(existsSync(`${root}${file}`), `${file} is missing: run npm run build`);
    const size = gzipSync(readFileSync(`${root}${file}`), { level: 9 }).length;
    assert.ok(size <= limit, `${file}: ${size} bytes gzipped, budget ${limit}`);
  });
}

// What a partner's page downloads through the autoloader: the files of each page in
// size-budgets.json (which files, test/bundle/loader.test.ts checks in Chromium), gzipped one by one.
const { pageSizes, readmeFigures } = await import('../../scripts/page-sizes.mjs');
for (const { page, files, gzip, budget } of pageSizes()) {
  test(`a page with ${page} downloads at most ${budget} bytes gzipped`, () => {
    assert.ok(gzip <= budget, `${page} (${files.join(' + ')}): ${gzip} bytes gzipped, budget ${budget}`);
  });
}

test("the README's per-page sizes are within 0.5 KB of the build (node scripts/page-sizes.mjs --readme)", () => {
  const written = readmeFigures(readFileSync(`${root}README.md`, 'utf8'));
  for (const { page, gzip } of pageSizes()) {
    assert.ok(page in written, `the README's table has a row for ${page}`);
    assert.ok(Math.abs(written[page] - gzip) <= 512, `${page}: README says ${(written[page] / 1024).toFixed(1)} KB, the build is ${(gzip / 1024).toFixed(1)} KB`);
  }
});

// V8's explicit compile hint (scripts/cdn-config.mjs): an entry's functions are compiled off the main
// thread while it streams in. It must be the file's first line, and only on entries: a language
// chunk most pages never load would be compiled for nothing.
test('every CDN entry starts with the compile hint, and no lazy chunk has it', () => {
  const HINT = '//# allFunctionsCalledOnLoad\n';
  for (const file of Object.keys(budgets).filter((f) => !f.endsWith('-loader.js'))) {
    assert.ok(readFileSync(`${root}${file}`, 'utf8').startsWith(HINT), `${file} starts with ${JSON.stringify(HINT)}`);
  }
  const chunks = readdirSync(`${root}dist/cdn/chunks`).filter((f) => f.endsWith('.js'));
  assert.ok(chunks.length > 0, 'the UI languages are lazy chunks');
  for (const chunk of chunks) assert.ok(!readFileSync(`${root}dist/cdn/chunks/${chunk}`, 'utf8').includes('allFunctionsCalledOnLoad'), `${chunk} has no compile hint`);
});
