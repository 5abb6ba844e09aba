// npm run lighthouse [-- --runs 3] [-- --pages index,latam,mena] [-- --presets mobile,desktop] [-- --check] [-- --save DIR]
//
// Issue 17: Lighthouse 12 on the demo pages as a partner publishes them: `demo/preview.mjs` (run
// after `npm run build`, which `npm run lighthouse` does) serves the minified CDN bundle,
// pre-compressed; each page is measured with the mobile preset (simulated slow 4G, 4x CPU) and the
// desktop one, `--runs` times each (default 3) in a fresh headless Chromium (CHROME_PATH, else the
// one scripts/find-browser.mjs finds, started by puppeteer-core; never a downloaded one), and the median of each metric is
// printed as a table: performance score, Total Blocking Time, the longest main-thread task (all,
// and the longest one Lighthouse attributes to our script), CLS and LCP, with the machine's load.
// --check exits 1 when a page misses issue 17's goal: mobile perf >= 95 and TBT <= 150 ms, no task
// of ours over 100 ms, CLS <= 0.02 on both presets. --save DIR writes each run's full report
// (DIR/<page>-<preset>-<run>.json) to read the audits behind a number (long-tasks, bootup-time,
// mainthread-work-breakdown, layout-shifts).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';
import { browserArgs, findBrowser } from './find-browser.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PAGES = ['index', 'latam', 'mena'];
const PRESETS = ['mobile', 'desktop'];
const GOAL = { mobilePerf: 95, mobileTbt: 150, ourTask: 100, cls: 0.02 };

let args;
try {
  args = parseArgs({ options: { runs: { type: 'string' }, pages: { type: 'string' }, presets: { type: 'string' }, check: { type: 'boolean' }, save: { type: 'string' } } }).values;
} catch (error) {
  console.error(`${error.message}\nUsage: npm run lighthouse [-- --runs 3] [-- --pages ${PAGES.join(',')}] [-- --presets ${PRESETS.join(',')}] [-- --check]`);
  process.exit(2);
}
const runs = Number(args.runs ?? 3);
const pages = args.pages ? args.pages.split(',') : PAGES;
const presets = args.presets ? args.presets.split(',') : PRESETS;
if (!Number.isInteger(runs) || runs < 1 || pages.some((p) => !PAGES.includes(p)) || presets.some((p) => !PRESETS.includes(p))) {
  console.error(`--runs takes a whole number, --pages some of ${PAGES.join(',')}, --presets some of ${PRESETS.join(',')}.`);
  process.exit(2);
}
const log = (message) => console.error(`[lighthouse] ${message}`);

/** Starts `npm run preview`'s server (demo/preview.mjs) and resolves with its origin. */
function startPreview() {
  const child = spawn(process.execPath, ['demo/preview.mjs'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const origin = new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/http:\/\/localhost:\d+/);
      if (match) resolve(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`demo/preview.mjs exited (${code}) before serving; run \`npm run build\` first`)));
  });
  return { child, origin };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One Lighthouse run of `url` in a fresh Chromium: the numbers of the table. */
async function measure(url, preset, saveAs) {
  // Lighthouse drives the browser over its debugging port (puppeteer-core only starts it).
  const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: [...browserArgs, '--remote-debugging-port=0'] });
  try {
    const port = Number(new URL(browser.wsEndpoint()).port);
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, preset === 'desktop' ? desktopConfig : undefined);
    const lhr = result.lhr;
    if (saveAs) writeFileSync(saveAs, JSON.stringify(lhr));
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const tasks = lhr.audits['long-tasks']?.details?.items ?? [];
    const ours = tasks.filter((task) => /\/cdn\//.test(String(task.url)));
    return {
      perf: Math.round((lhr.categories.performance.score ?? 0) * 100),
      tbt: lhr.audits['total-blocking-time'].numericValue,
      longest: Math.max(0, ...tasks.map((t) => t.duration)),
      ours: Math.max(0, ...ours.map((t) => t.duration)),
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
    };
  } finally {
    await browser.close();
  }
}

const preview = startPreview();
const rows = [];
const load = [];
try {
  const origin = await preview.origin;
  if (args.save) mkdirSync(args.save, { recursive: true });
  log(`preview at ${origin}; ${runs} run(s) per page and preset; ${cpus().length} cores`);
  for (const page of pages) {
    for (const preset of presets) {
      const url = `${origin}/${page === 'index' ? '' : `${page}.html`}`;
      const samples = [];
      for (let run = 0; run < runs; run += 1) {
        load.push(loadavg()[0]);
        const sample = await measure(url, preset, args.save && `${args.save}/${page}-${preset}-${run + 1}.json`);
        log(`${page}.html ${preset} run ${run + 1}: perf ${sample.perf}, TBT ${sample.tbt.toFixed(0)} ms, longest task ${sample.longest.toFixed(0)} ms (ours ${sample.ours.toFixed(0)} ms), CLS ${sample.cls.toFixed(3)}, LCP ${(sample.lcp / 1000).toFixed(2)} s`);
        samples.push(sample);
      }
      const pick = (key) => median(samples.map((s) => s[key]));
      rows.push({ page, preset, perf: pick('perf'), tbt: pick('tbt'), longest: pick('longest'), ours: pick('ours'), cls: pick('cls'), lcp: pick('lcp') });
    }
  }
} finally {
  preview.child.kill();
}

console.log(`Lighthouse 12, production preview (minified CDN bundle, compressed), median of ${runs} run(s); 1-minute load average ${Math.min(...load).toFixed(1)}-${Math.max(...load).toFixed(1)} on ${cpus().length} cores.\n`);
console.log('| page | preset | perf | TBT | longest task (ours) | CLS | LCP |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.page}.html | ${r.preset} | ${r.perf} | ${r.tbt.toFixed(0)} ms | ${r.longest.toFixed(0)} ms (${r.ours.toFixed(0)} ms) | ${r.cls.toFixed(3)} | ${(r.lcp / 1000).toFixed(1)} s |`);
}
const missed = rows.flatMap((r) => [
  ...(r.preset === 'mobile' && r.perf < GOAL.mobilePerf ? [`${r.page} mobile perf ${r.perf} < ${GOAL.mobilePerf}`] : []),
  ...(r.preset === 'mobile' && r.tbt > GOAL.mobileTbt ? [`${r.page} mobile TBT ${r.tbt.toFixed(0)} ms > ${GOAL.mobileTbt} ms`] : []),
  ...(r.ours > GOAL.ourTask ? [`${r.page} ${r.preset}: a task of ours of ${r.ours.toFixed(0)} ms > ${GOAL.ourTask} ms`] : []),
  ...(r.cls > GOAL.cls ? [`${r.page} ${r.preset} CLS ${r.cls.toFixed(3)} > ${GOAL.cls}`] : []),
]);
console.log(missed.length === 0 ? '\nEvery page meets issue 17\'s goal.' : `\nMissed: ${missed.join('; ')}`);
if (args.check && missed.length > 0) process.exit(1);
