// The CDN build: dist/cdn/hms-widgets.js defines every widget from one <script type="module">, and
// dist/cdn/hms-<name>.js defines one widget (and the tags it renders), each with Lit bundled in.
// UI languages other than English stay separate files that load on first use.
import { readdirSync } from 'node:fs';
import { build } from 'vite';

const widgets = readdirSync('src/components').sort();
const entries = [
  { name: 'hms-widgets', entry: 'src/define.ts' },
  ...widgets.map((name) => ({ name: `hms-${name}`, entry: `src/components/${name}/${name}.ts` })),
];

for (const [i, { name, entry }] of entries.entries()) {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      target: 'es2022',
      outDir: 'dist/cdn',
      emptyOutDir: i === 0,
      sourcemap: true,
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: { output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  });
}
console.error(`Wrote ${entries.length} CDN bundles to dist/cdn/`);
