// SECURITY.md, "Privacy": the widgets store two things in the visitor's browser, each from one
// module: the last good copy of each catalog, in Cache Storage (src/catalog/last-good.ts), and the
// visitor's saved courses, in localStorage under one key (src/controllers/saved-courses.ts). No
// cookie, no sessionStorage, no IndexedDB anywhere. A change that stores anything else must say so
// there and change this test.
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

const OTHER_STORAGE = /\b(?:document\.cookie|sessionStorage|indexedDB|cookieStore)\b/;
const LOCAL_STORAGE = /\blocalStorage\b/;
const CACHE_STORAGE = /\bcaches\s*\./;
const LAST_GOOD = join('catalog', 'last-good.ts');
const SAVED = join('controllers', 'saved-courses.ts');

test('no source file uses a cookie, sessionStorage or IndexedDB', () => {
  assert.ok(files.length > 20, 'the sources were found');
  const using = files.filter((file) => OTHER_STORAGE.test(read(file)));
  assert.deepEqual(using, [], `these files use a storage API; update SECURITY.md's Privacy section: ${using.join(', ')}`);
});

test('localStorage is used by the saved-courses module only', () => {
  const using = files.filter((file) => LOCAL_STORAGE.test(read(file)));
  assert.deepEqual(using, [SAVED], `localStorage outside ${SAVED}; update SECURITY.md's Privacy section`);
});

test('SECURITY.md states what the saved-courses module keeps, under which key, and how much', () => {
  const module = read(SAVED);
  const security = readFileSync(fileURLToPath(new URL('../../SECURITY.md', import.meta.url)), 'utf8');
  const key = module.match(/SAVED_KEY = '([^']+)'/)?.[1];
  const courses = Number(module.match(/courses: (\d+),/)?.[1]);
  const catalogs = Number(module.match(/catalogs: (\d+),/)?.[1]);
  const parameter = module.match(/SHARE_PARAMETER = '([^']+)'/)?.[1];
  assert.ok(key && courses > 0 && catalogs > 0 && parameter, 'the key, the limits and the share parameter are found in the module');
  assert.ok(security.includes(key), 'SECURITY.md names the key');
  assert.match(security, new RegExp(`${courses} courses per catalog and ${catalogs} catalogs`), 'SECURITY.md gives how many courses and catalogs are kept');
  assert.ok(security.includes(`?${parameter}=`), 'SECURITY.md names the share link\'s parameter');
  assert.ok(security.includes('saveable'), 'SECURITY.md says what turns it on');
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
