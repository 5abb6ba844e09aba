export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/catalog/generate.ts'],
  outdir: '.',
  litelement: true,
};
