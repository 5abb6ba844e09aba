// The CDN build: dist/cdn/hms-widgets.js defines every widget from one <script type="module">, and
// dist/cdn/hms-<name>.js defines one widget (and the tags it renders), each with Lit bundled in.
// UI languages other than English stay separate files that load on first use.
import { build } from 'vite';
import { cdnBuildConfig, cdnEntries } from './cdn-config.mjs';

const entries = cdnEntries();
for (const [i, entry] of entries.entries()) {
  await build(cdnBuildConfig(entry, { outDir: 'dist/cdn', emptyOutDir: i === 0 }));
}
console.error(`Wrote ${entries.length} CDN bundles to dist/cdn/`);
