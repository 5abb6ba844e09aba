import { readdirSync } from 'node:fs';
import { defineConfig } from 'vite';
// @ts-expect-error -- a plain .mjs build script, without types
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';

// One entry per widget define module: src/components/<name>/<name>.ts registers <hms-name>.
const widgetEntries = Object.fromEntries(
  readdirSync('src/components').map((name) => [`components/${name}/${name}.define`, `src/components/${name}/${name}.ts`]),
);

// `npm start` serves demo/ (vite serve demo); `npm run build` emits the library from src/.
export default defineConfig(({ command }) => ({
  // A build prints warnings and errors only: its per-file table buried npm test's output (the size
  // test checks the sizes). The dev server still prints its address.
  logLevel: command === 'build' ? 'warn' : 'info',
  plugins: [minifyTemplatesPlugin()],
  server: { port: 5173, strictPort: false },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        validate: 'src/validate.ts',
        ssr: 'src/ssr.ts',
        hydrate: 'src/hydrate.ts',
        'react/index': 'src/react/index.ts',
        ...widgetEntries,
      },
      formats: ['es'],
    },
    rolldownOptions: {
      // The template minifier takes most of the build; no need to say so each time.
      checks: { bundlerTimings: false },
      external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^react($|\/)/, /^react-dom($|\/)/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js', minify: true },
    },
  },
}));
