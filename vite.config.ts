import { defineConfig } from 'vite';

// `npm start` serves demo/ (vite serve demo); `npm run build` emits the library from src/.
export default defineConfig({
  server: { port: 5173, strictPort: false },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: { index: 'src/index.ts', define: 'src/define.ts', 'components/mission/mission.define': 'src/components/mission/mission.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js', minify: true },
    },
  },
});
