// SECURITY.md, "Privacy": the widgets store one thing in the visitor's browser, the last good copy
// of each catalog, in Cache Storage, from one module (src/catalog/last-good.ts). No cookie, no Web
// Storage, no IndexedDB anywhere. A change that stores anything else must say so there and change this test.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const files = readdirSync(src, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.ts'));
const read = (file) => readFileSync(join(src, file), 'utf8');

const OTHER_STORAGE = /\b(?:document\.cookie|localStorage|sessionStorage|indexedDB|cookieStore)\b/;
const CACHE_STORAGE = /\bcaches\s*\./;
const LAST_GOOD = join('catalog', 'last-good.ts');

test('no source file uses a cookie, Web Storage or IndexedDB', () => {
  assert.ok(files.length > 20, 'the sources were found');
  const using = files.filter((file) => OTHER_STORAGE.test(read(file)));
  assert.deepEqual(using, [], `these files use a storage API; update SECURITY.md's Privacy section: ${using.join(', ')}`);
});

test('Cache Storage is used by the last good copy module only', () => {
  const using = files.filter((file) => CACHE_STORAGE.test(read(file)));
  assert.deepEqual(using, [LAST_GOOD], `Cache Storage outside ${LAST_GOOD}; update SECURITY.md's Privacy section`);
});

test('SECURITY.md states what the last good copy module keeps and for how long', () => {
  const module = read(LAST_GOOD);
  const security = readFileSync(fileURLToPath(new URL('../../SECURITY.md', import.meta.url)), 'utf8');
  const days = Number(module.match(/maxAgeDays: (\d+)/)?.[1]);
  const entries = Number(module.match(/maxEntries: (\d+)/)?.[1]);
  const cacheName = module.match(/LAST_GOOD_CACHE = '([^']+)'/)?.[1];
  assert.ok(days > 0 && entries > 0 && cacheName, 'the limits and the cache name are found in the module');
  assert.match(security, new RegExp(`${days} days`), 'SECURITY.md gives the copy\'s longest age');
  assert.match(security, new RegExp(`${entries} catalog`), 'SECURITY.md gives how many catalogs are kept');
  assert.ok(security.includes(cacheName), 'SECURITY.md names the cache');
  assert.ok(security.includes('cache="none"'), 'SECURITY.md says how to turn it off');
});
