import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  // The analyzer reads our sources through a full TypeScript program, so the type parser can resolve
  // aliases: it adds `parsedType` ('grid' | 'list' | 'compact' for CourseListLayout) beside each
  // `type`, and Storybook's controls offer those choices (story links with them work).
  overrideModuleCreation({ ts, globs }) {
    const program = getTsProgram(ts, globs, 'tsconfig.build.json');
    return program.getSourceFiles().filter((file) => /\/src\/.*\.ts$/.test(file.fileName) && !file.fileName.includes('/node_modules/'));
  },
  plugins: [typeParserPlugin()],
};
