// The CDN build: dist/cdn/hms-widgets.js defines every widget from one <script type="module">, and
// dist/cdn/hms-<name>.js defines one widget (and the tags it renders), each with Lit bundled in.
// UI languages other than English stay separate files that load on first use.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { cdnBuildConfig, cdnEntries, loaderBuildConfig } from './cdn-config.mjs';

const entries = cdnEntries();
for (const [i, entry] of entries.entries()) {
  await build(cdnBuildConfig(entry, { outDir: 'dist/cdn', emptyOutDir: i === 0 }));
}
await build(loaderBuildConfig({ outDir: 'dist/cdn' }));

// integrity.json: the sha384 of every script in dist/cdn, for the `integrity` attribute of a script
// tag and the `integrity` section of an import map (README, "Verify the files"). A test recomputes it.
const scripts = readdirSync('dist/cdn', { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.js'))
  .map((file) => file.replaceAll('\\', '/'))
  .sort();
const hash = (file) => `sha384-${createHash('sha384').update(readFileSync(`dist/cdn/${file}`)).digest('base64')}`;
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
writeFileSync('dist/cdn/integrity.json', `${JSON.stringify({ version, files: Object.fromEntries(scripts.map((file) => [file, hash(file)])) }, null, 2)}\n`);
console.error(`Wrote ${entries.length} CDN bundles and the autoloader to dist/cdn/`);
