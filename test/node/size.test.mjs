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
