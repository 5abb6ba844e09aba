// Finds the Chromium that tests, benchmarks and story checks drive. No tool downloads a browser:
// CHROME_PATH first, then Debian's /usr/bin/chromium, then a locally installed Chrome.
import { existsSync } from 'node:fs';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Returns the path of a Chromium-family browser, or throws a message that says how to get one. */
export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", but no file is there.`);
  }
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'No Chromium or Chrome was found. Install one (on Debian: `apt-get update && apt-get install -y chromium`) ' +
      'or set CHROME_PATH to its executable. The test tools never download a browser of their own.',
  );
}

/** Flags for headless Chromium on CI machines: root needs --no-sandbox; the rest keeps it off the network. */
export const browserArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
