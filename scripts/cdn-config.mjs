// The CDN bundles' build settings, shared by scripts/build-cdn.mjs (dist/cdn) and the benchmark
// (npm run bench measures what is shipped): one self-contained, minified ES module per entry with
// Lit inside; UI languages other than English stay lazy chunks.
import { readFileSync, readdirSync } from 'node:fs';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

/** Every CDN entry: the full bundle, one per widget, then the full bundle with hydration support (for server-rendered widgets). */
export function cdnEntries() {
  const widgets = readdirSync('src/components').sort();
  return [
    { name: 'hms-widgets', entry: 'src/cdn.ts' },
    ...widgets.map((name) => ({ name: `hms-${name}`, entry: `src/components/${name}/${name}.ts` })),
    HYDRATE_ENTRY,
  ];
}

/** The full bundle with Lit's hydration support: a snippet from `hms-widgets render` loads it; the autoloader never picks it. */
export const HYDRATE_ENTRY = { name: 'hms-widgets-hydrate', entry: 'src/cdn-hydrate.ts' };

/**
 * V8's explicit compile hint (Chrome 136 and later; a comment to every other engine) as the first
 * line of an entry file (a `postBanner`: after minification, source maps kept right): the entry's
 * functions are compiled on a background thread while the file streams in, rather than each on the
 * main thread at its first call, inside a widget's first render (`node scripts/page-cpu.mjs` on the
 * demo pages: 76-89 ms of compiling on the main thread down to 7-9). Not on the lazy chunks (UI
 * languages), which most pages never load. The bench page is built with it too: it measures what
 * the CDN files do.
 */
export const compileHint = (chunk) => (chunk.isEntry ? '//# allFunctionsCalledOnLoad' : '');

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
          postBanner: compileHint,
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
    },
  };
}

/**
 * Which tags each CDN file defines, read from the define modules' `defineElement('hms-…')` calls:
 * the table the autoloader picks a file from. A browser test loads each file and checks it.
 */
export function cdnFileTags() {
  const tagsOf = (source) => [...readFileSync(source, 'utf8').matchAll(/defineElement\('(hms-[a-z-]+)'/g)].map((m) => m[1]);
  const files = {};
  for (const { name, entry } of cdnEntries()) if (name !== 'hms-widgets' && name !== HYDRATE_ENTRY.name) files[`${name}.js`] = tagsOf(entry);
  files['hms-widgets.js'] = [...new Set(Object.values(files).flat())].sort();
  return files;
}

/** Vite settings for the autoloader (src/loader.ts): no Lit, no catalog code, the file table inlined. */
export function loaderBuildConfig({ outDir, sourcemap = true }) {
  return {
    configFile: false,
    logLevel: 'warn',
    define: { __HMS_FILES__: JSON.stringify(cdnFileTags()) },
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: false,
      sourcemap,
      reportCompressedSize: false,
      lib: { entry: 'src/loader.ts', formats: ['es'], fileName: () => 'hms-widgets-loader.js' },
      rolldownOptions: { checks: { bundlerTimings: false }, output: { minify: true, comments: { annotation: false } } },
    },
  };
}
