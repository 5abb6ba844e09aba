// The example integration (examples/node-page/): built as a partner would build it (after
// `npm run build`), its page holds the mission and the courses in the HTML as served.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('examples/node-page builds a page whose HTML holds the mission, the courses with their links, JSON-LD and the hydrating script', async () => {
  const out = await mkdtemp(join(tmpdir(), 'hms-example-'));
  await promisify(execFile)(process.execPath, [join(root, 'examples/node-page/build.mjs'), out]);
  const page = await readFile(join(out, 'index.html'), 'utf8');
  const catalog = JSON.parse(await readFile(join(root, 'demo/catalog.json'), 'utf8'));
  assert.ok(page.includes(catalog.mission.statement.replace(/&/g, '&amp;')), 'the mission statement');
  const links = [...page.matchAll(/<a part="title-link"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  assert.equal(links.length, 6);
  for (const href of links) assert.ok(catalog.courses.some((course) => course.url === href.replace(/&amp;/g, '&')), href);
  const jsonLd = JSON.parse(page.match(/<script type="application\/ld\+json" data-hms-generated>([\s\S]*?)<\/script>/)[1]);
  assert.equal(jsonLd.itemListElement.length, 6);
  assert.equal((page.match(/<template [^>]*shadowrootmode="open"/g) ?? []).length, 8, 'the widgets and their cards in declarative shadow roots');
  assert.match(page, /<script type="module" src="cdn\/hms-widgets-hydrate.js"><\/script>/);
  assert.ok((await stat(join(out, 'cdn/hms-widgets-hydrate.js'))).size > 0);
});
