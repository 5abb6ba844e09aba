// The CDN bundles' build settings, shared by scripts/build-cdn.mjs (dist/cdn) and the benchmark
// (npm run bench measures what is shipped): one self-contained, minified ES module per entry with
// Lit inside; UI languages other than English stay lazy chunks.
import { readdirSync } from 'node:fs';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

/** Every CDN entry: the full bundle, then one per widget. */
export function cdnEntries() {
  const widgets = readdirSync('src/components').sort();
  return [
    { name: 'hms-widgets', entry: 'src/cdn.ts' },
    ...widgets.map((name) => ({ name: `hms-${name}`, entry: `src/components/${name}/${name}.ts` })),
  ];
}

/** Vite settings that build one CDN entry into `outDir`. */
export function cdnBuildConfig({ name, entry }, { outDir, emptyOutDir = false, sourcemap = true }) {
  return {
    configFile: false,
    logLevel: 'warn',
    plugins: [minifyTemplatesPlugin()],
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir,
      sourcemap,
      reportCompressedSize: false,
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: {
        // The template minifier takes most of each build (about 0.3 s an entry); no need to say so each time.
        checks: { bundlerTimings: false },
        output: {
          minify: true,
          // The /* @__PURE__ */ marks help a bundler that reads these files again; a CDN file is read
          // by a browser only, and they were 55 comments (about 70 bytes gzip) in the full bundle.
          comments: { annotation: false },
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
    },
  };
}
