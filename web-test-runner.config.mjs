import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { browserArgs, findBrowser } from './scripts/find-browser.mjs';
import { catalogRoutes, deliberatelyBad, expectedWarning } from './test/server/catalog-routes.mjs';
import { forcedColorsCommand } from './test/server/forced-colors-command.mjs';
import { networkCommand } from './test/server/network-command.mjs';
import { reactEsm } from './test/server/react-esm.mjs';
import { secondOrigin } from './test/server/second-origin.mjs';
import { quietDefaultReporter, summaryLineReporter } from './test/server/summary-reporter.mjs';

let executablePath;
try {
  executablePath = findBrowser();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

export default {
  // Not the host apps' folders: their node_modules hold other packages' tests (Angular's piscina ships
  // test/*.test.ts), installed there by `npm run test:hosts`, which CI runs before `npm test`.
  files: ['test/**/*.test.ts', '!test/hosts/**'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    reactEsm(),
    secondOrigin(),
    networkCommand(),
    forcedColorsCommand(),
    // test/visual/widgets.test.ts: baselines in test/visual/baseline/ (committed), a failed run's
    // screenshot and its diff in test/visual/failed/ (ignored). `--update-visual-baseline` rewrites them.
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/visual',
      getBaselineName: ({ name }) => `baseline/${name}`,
      getFailedName: ({ name }) => `failed/${name}`,
      getDiffName: ({ name }) => `failed/${name}-diff`,
      failureThresholdType: 'percent',
      failureThreshold: 0,
    }),
    esbuildPlugin({ ts: true, target: 'auto', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  middleware: [catalogRoutes()],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: browserArgs } })],
  reporters: [quietDefaultReporter(deliberatelyBad), summaryLineReporter()],
  // Left out: Lit's dev-mode notice, and the catalog warnings of documents a test made bad on purpose
  // (tests that care capture and assert them). Every other log still prints.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].includes('Lit is in dev mode')) && !expectedWarning(args),
  testFramework: { config: { timeout: 10000 } },
};
