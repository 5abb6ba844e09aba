// The Storybook guides (stories/guides/*.mdx) show sections of the README and docs/ by heading: each
// heading they name must exist in the file they import, or the guide would be silently empty.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = join(root, 'stories/guides');

for (const file of readdirSync(dir).filter((name) => name.endsWith('.mdx'))) {
  test(`guide ${file}: every section it shows exists`, () => {
    const mdx = readFileSync(join(dir, file), 'utf8');
    const source = mdx.match(/import source from '([^']+)\?raw';/);
    assert.ok(source, `${file} imports its source with ?raw`);
    const text = readFileSync(join(dir, dirname(source[1]), source[1].split('/').pop()), 'utf8');
    const call = mdx.match(/sections\(source, ([^)]*)\)/);
    assert.ok(call, `${file} calls sections(source, ...)`);
    const headings = [...call[1].matchAll(/'([^']+)'/g)].map((match) => match[1]);
    assert.ok(headings.length > 0);
    const lines = new Set(text.split('\n').map((line) => line.trim()));
    for (const heading of headings) assert.ok(lines.has(heading), `${source[1]} has no line "${heading}" (renamed?)`);
  });
}
