// npm run bench [-- --check] [-- --runs 7]
// Builds a bench page, serves it on 127.0.0.1, drives Debian's Chromium with puppeteer-core and
// measures the widgets against a hand-written plain-DOM baseline in the same run. Prints a table,
// writes bench/results.json; --check exits 1 when a budget in bench/budgets.json is exceeded.
/* global window -- used inside page.evaluate callbacks, which run in the browser */
import { execSync } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { browserArgs, findBrowser } from './find-browser.mjs';

const args = process.argv.slice(2);
const check = args.includes('--check');
const runs = Number(args[args.indexOf('--runs') + 1]) > 0 && args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 7;
const out = 'bench/.build';

// 1. The page: the bench module (widgets + baseline), the five-widget page on the CDN bundle, the sample catalog.
if (!existsSync('dist/cdn/hms-widgets.js')) execSync('npm run build', { stdio: 'inherit' });
rmSync(out, { recursive: true, force: true });
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: out,
    target: 'es2022',
    minify: true,
    lib: { entry: 'bench/bench.ts', formats: ['es'], fileName: () => 'bench.js' },
    rolldownOptions: { output: { minify: true } },
  },
});
cpSync('dist/cdn', `${out}/cdn`, { recursive: true });
cpSync('demo/catalog.json', `${out}/catalog.json`);
writeFileSync(`${out}/index.html`, '<!doctype html><html lang="en"><body><main id="stage"></main><script type="module" src="bench.js"></script></body></html>');
writeFileSync(
  `${out}/five.html`,
  `<!doctype html><html lang="en"><head><meta name="hms-catalog" content="catalog.json">
<script type="module" src="cdn/hms-widgets.js"></script><script type="module" src="five.js"></script></head><body>
<hms-mission></hms-mission><hms-course-list controls="none" limit="6"></hms-course-list><hms-program-list></hms-program-list>
<hms-news-list limit="3"></hms-news-list><hms-divisions></hms-divisions></body></html>`,
);
writeFileSync(
  `${out}/five.js`,
  `const tags = ['hms-mission', 'hms-course-list', 'hms-program-list', 'hms-news-list', 'hms-divisions'];
const busy = () => tags.some((t) => { const el = document.querySelector(t); return !el.shadowRoot || !!el.shadowRoot.querySelector('[part~="skeleton"]'); });
(function poll() { if (busy()) return requestAnimationFrame(poll); requestAnimationFrame(() => requestAnimationFrame(() => { window.fiveDone = performance.now(); })); })();`,
);

// 2. A loopback server for it.
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
let catalogRequests = 0;
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(out, path === '/' ? 'index.html' : path);
  if (path.endsWith('catalog.json')) catalogRequests += 1;
  if (!existsSync(file) || statSync(file).isDirectory()) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const results = { machine: `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores`, runs, render: {}, filter: {}, page: {}, size: {}, memory: {} };

const executablePath = findBrowser();
const browser = await puppeteer.launch({ executablePath, headless: true, args: [...browserArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'] });
results.browser = await browser.version();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${origin}/index.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => !!window.hmsBench);
  const measure = async (fn, ...fnArgs) => {
    await page.evaluate(fn, ...fnArgs); // warm-up
    const times = [];
    for (let i = 0; i < runs; i += 1) times.push(await page.evaluate(fn, ...fnArgs));
    return median(times);
  };

  // Render: widget and baseline, alternating in one run.
  for (const n of [1000, 10000]) {
    await page.evaluate((count) => window.hmsBench.prepare(count), n);
    for (const all of [false, true]) {
      const widget = await measure((count, every) => window.hmsBench.renderWidget(count, every), n, all);
      const baseline = await measure((count, every) => window.hmsBench.renderBaseline(count, every), n, all);
      results.render[`${n}-${all ? 'all' : 'page'}`] = { widget, baseline, ratio: widget / baseline };
    }
  }

  // Filter: keystroke and select change to the next paint, over 10,000 courses.
  results.filter.keystroke = await measure(() => window.hmsBench.keystroke(10000, 'cardiology'));
  results.filter.select = await measure(() => window.hmsBench.filterChange(10000, 'live'));

  // Memory: heap after rendering 10,000 courses (all in the DOM), then growth after 200 mount/unmount cycles.
  const heap = async () => {
    await page.evaluate(() => window.gc && window.gc());
    return page.evaluate(() => performance.memory.usedJSHeapSize);
  };
  await page.evaluate(() => window.hmsBench.renderWidget(10000, true));
  results.memory.heapAfter10000 = await heap();
  await page.evaluate(() => window.hmsBench.clear());
  await page.evaluate(() => window.hmsBench.cycles(20));
  const before = await heap();
  await page.evaluate(() => window.hmsBench.cycles(200));
  results.memory.growthAfter200Cycles = (await heap()) - before;

  // Page of five widgets on one source, from the CDN bundle.
  const times = [];
  let requests = 0;
  for (let i = 0; i < runs + 1; i += 1) {
    const fresh = await browser.newPage();
    catalogRequests = 0;
    await fresh.goto(`${origin}/five.html`, { waitUntil: 'load' });
    await fresh.waitForFunction(() => window.fiveDone !== undefined, { timeout: 15000 });
    if (i > 0) times.push(await fresh.evaluate(() => window.fiveDone));
    requests = Math.max(requests, catalogRequests);
    await fresh.close();
  }
  results.page = { requests, msToAllPainted: median(times) };
} finally {
  await browser.close();
  server.close();
}

// Size of the CDN bundles.
for (const file of readdirSync('dist/cdn').filter((f) => f.endsWith('.js'))) {
  const bytes = readFileSync(`dist/cdn/${file}`);
  results.size[file] = {
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

const ms = (v) => `${v.toFixed(1)} ms`;
const rows = [
  ['measure', 'widget', 'baseline', 'ratio'],
  ...Object.entries(results.render).map(([k, v]) => [`render ${k.replace('-', ' courses, ')}`, ms(v.widget), ms(v.baseline), v.ratio.toFixed(2)]),
  ['search keystroke → paint (10,000)', ms(results.filter.keystroke), '', ''],
  ['filter select → paint (10,000)', ms(results.filter.select), '', ''],
  ['five widgets, one source: requests', String(results.page.requests), '', ''],
  ['five widgets: navigation → all painted', ms(results.page.msToAllPainted), '', ''],
  ['JS heap after 10,000 courses', `${(results.memory.heapAfter10000 / 1048576).toFixed(1)} MB`, '', ''],
  ['heap growth after 200 mount/unmount', `${(results.memory.growthAfter200Cycles / 1024).toFixed(0)} KB`, '', ''],
  ...Object.entries(results.size).map(([f, s]) => [`size ${f} (gzip / brotli)`, `${s.gzip} / ${s.brotli} B`, '', '']),
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const row of rows) console.log(`| ${row.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`);
console.log(`\n${results.machine}; ${results.browser}; median of ${runs} runs after a warm-up.`);

if (check) {
  const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
  const failures = [];
  const over = (name, value, limit) => value > limit && failures.push(`${name}: ${typeof value === 'number' ? value.toFixed(2) : value} > ${limit}`);
  over('render ratio, 1,000 courses, one page', results.render['1000-page'].ratio, budgets.renderRatio1000Page);
  over('keystroke to paint, 10,000 courses (ms)', results.filter.keystroke, budgets.keystrokeMs10000);
  over('requests for five widgets', results.page.requests, budgets.requestsFiveWidgets);
  over('full bundle gzip (bytes)', results.size['hms-widgets.js'].gzip, budgets.fullBundleGzipBytes);
  over('heap growth after 200 cycles (bytes)', results.memory.growthAfter200Cycles, budgets.heapGrowthBytes);
  if (failures.length) {
    console.error(`\nOver budget:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\nAll budgets met.');
}
