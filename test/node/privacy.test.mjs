// SECURITY.md, "Privacy": the widgets store nothing in the visitor's browser. A change that starts
// storing (a cookie, Web Storage, IndexedDB, Cache Storage) must say so there and change this test.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const STORAGE = /\b(?:document\.cookie|localStorage|sessionStorage|indexedDB|caches\s*\.|cookieStore)\b/;

test('no source file uses a browser storage API', () => {
  const files = readdirSync(src, { recursive: true }).map(String).filter((file) => file.endsWith('.ts'));
  assert.ok(files.length > 20, 'the sources were found');
  const using = files.filter((file) => STORAGE.test(readFileSync(join(src, file), 'utf8')));
  assert.deepEqual(using, [], `these files use a storage API; update SECURITY.md's Privacy section: ${using.join(', ')}`);
});
