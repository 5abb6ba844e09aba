// npm run bench [-- --check] [-- --long] [-- --runs 9] [-- --only render,filter,page,size,memory] [-- --courses 1000]
//
// Issues 8 and 25: measures the widgets against a hand-written plain-DOM baseline, and what a visitor
// waits for after a key, in one browser run. Method and rows: docs/benchmark.md.
// 1. Builds the bench page (bench/index.html + bench/bench.ts) and the CDN bundles the sections
//    need into bench/.build/ (git-ignored), and serves them on 127.0.0.1.
// 2. Runs each section of SECTIONS (the built-in ones below, then scripts/bench/sections.mjs's)
//    that --only selects, in headless Chromium driven by puppeteer-core.
// 3. Judges the budgets of bench/budgets.json (speed, memory) and size-budgets.json (sizes) on what
//    this run measured, prints a table, writes bench/results.json; --check exits 1 on a budget missed.
/* global window -- used inside page.evaluate callbacks, which run in the browser */
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { extraSections } from './bench/sections.mjs';
import { abbaPairs, median, medianInterval, pairRatios, straddles } from './bench/stats.mjs';
import { cdnBuildConfig, cdnEntries, compileHint, loaderBuildConfig } from './cdn-config.mjs';
import { minifyTemplatesPlugin } from './minify-templates.mjs';
import { pageSizes } from './page-sizes.mjs';
import { browserArgs, findBrowser } from './find-browser.mjs';
import { serveStatic } from './static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
process.chdir(ROOT);
const OUT = 'bench/.build';
const SITE = `${OUT}/site`;
/** The fewest runs the method accepts: with fewer pairs the bootstrap interval of a median is meaningless. */
const MIN_RUNS = 7;
/** A series whose interval straddles its budget gets up to this many more series of --runs pairs. */
const MAX_REPEATS = 3;

const began = performance.now();
const log = (message) => console.error(`[bench ${((performance.now() - began) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const budgetsFile = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
/** The bench/budgets.json entry of a metric path, if any. */
const budgetAt = (...path) => budgetsFile.budgets.find((b) => b.metric.join('.') === path.join('.'));
const interval = (values) => medianInterval(values);

// ---------------------------------------------------------------------------------------------
// Sections. Each measures something and says how to show it; docs/benchmark.md says how to add one.
// ---------------------------------------------------------------------------------------------

/** Busy time, with the wall time (vsync wait included) after it. */
const timed = (t) => `${t.busy.toFixed(1)} ms (wall ${t.wall.toFixed(1)})`;
const fmtInterval = (i, digits = 2) => `${i.median.toFixed(digits)} [${i.lo.toFixed(digits)}–${i.hi.toFixed(digits)}]`;

/** @type {import('./bench/types.mjs').BenchSection} */
const renderSection = {
  name: 'render',
  notes: [
    'Render: the widget and the plain-DOM baseline alternate in ABBA order (widget-baseline, baseline-widget, ...); the ratio is the median of the per-pair ratios of busy times, ' +
      'with its 95% bootstrap interval; a series whose interval straddles its budget runs again (up to three more series, pooled). Budgets are judged on the bound bench/budgets.json names.',
    '"busy" = main-thread time from the start of the step to the end of the frame that paints the cards (style, layout, paint, commit): work time + (end of frame - start of frame), the idle wait for vsync left out; ' +
      'a list of a large catalog in hand paints its cards from its first courses before the rest is validated, and its count, filters and pager after: the row under it times all of the list; ' +
      'style and layout are forced at the end of the work so both sides pay them inside the measure. "wall" includes the vsync wait.',
    '"fresh data, warm code": a fresh copy of the generated catalog (seed 1) each run, so the widget validates, indexes and sorts it, in a page whose code warm-up runs compiled ' +
      '(five warm-up pairs for one page, one for all pages). "warm": the same catalog object again. "first render in a new page": a new tab per run, nothing compiled, ' +
      'style sheets built inside the timed window on both sides (Lit builds the widget\'s on its first element; the baseline builds its own on first use).',
    'Before each series its markup is compared, in a page of its own or the series\' page before its warm-up: every element, attribute and text of every card, and the rules of every shadow root\'s adopted style sheets.',
  ],
  async measure(ctx) {
    const out = {};
    const series = [
      { n: 1000, all: false, kind: 'fresh-data' },
      { n: 1000, all: true, kind: 'fresh-data' },
      { n: 10000, all: false, kind: 'fresh-data' },
      // About 20 s a pair on an idle machine and several minutes on a busy one; unbudgeted: only with --long.
      ...(ctx.long ? [{ n: 10000, all: true, kind: 'fresh-data' }] : []),
      { n: 1000, all: false, kind: 'warm' },
      { n: 1000, all: true, kind: 'warm' },
      { n: 10000, all: false, kind: 'warm' },
      { n: 1000, all: false, kind: 'new-page' },
    ].filter(({ n }) => ctx.renderSizes.includes(n));
    for (const { n, all, kind } of series) {
      const label = `${n}-${all ? 'all' : 'page'}${kind === 'warm' ? '-warm' : kind === 'new-page' ? '-new-page' : ''}`;
      ctx.log(`render ${label}`);
      out[label] = await renderSeries(ctx, n, all, kind, label);
    }
    return out;
  },
  rows(result, ctx) {
    const what = { 'fresh-data': 'fresh data, warm code', warm: 'same data, warm code', 'new-page': 'first render in a new page' };
    return Object.entries(result).flatMap(([label, r]) => [
      [
        `Render ${r.courses.toLocaleString('en')} courses, ${r.cards === r.courses ? 'all pages' : 'one page'} (${r.cards.toLocaleString('en')} cards), ${what[r.kind]}`,
        timed(r.widget),
        timed(r.baseline),
        `${fmtInterval(r.ratio)}${r.repeats ? ` (${r.ratio.n} pairs)` : ''}`,
        ctx.budgetCell('render', label, 'ratio'),
      ],
      ...(r.whole === undefined
        ? []
        : [[`  all of the list painted (count, filters, pager; hms-load): the widget's cards come first from a large catalog in hand`, timed(r.whole), timed(r.baseline), fmtInterval(r.wholeRatio), '']]),
      ...(r.validateAlone === undefined
        ? []
        : [[`  of which: validating the ${r.courses.toLocaleString('en')} courses alone, first call in a new page`, `${r.validateAlone.toFixed(1)} ms`, '', '', '']]),
    ]);
  },
};

/** The baseline must build the same markup as the widget, or the ratio means nothing. */
async function checkMarkup(tab, n, all) {
  const cards = all ? n : 12;
  const difference = await tab.evaluate((n, all, cards) => window.hmsBench.compareMarkup(n, all, cards), n, all, cards);
  if (difference) throw new Error(`The baseline's markup differs from the widget's (${n} courses, ${all ? 'all pages' : 'one page'}): ${difference}`);
  return 'same';
}

async function renderSeries(ctx, n, all, kind, label) {
  const warm = kind === 'warm';
  const fresh = kind === 'new-page';
  let tab;
  let markup;
  if (fresh) {
    // Checked in a page of its own: the timed pages must not have run any code before their render.
    const check = await ctx.openBenchPage([n]);
    markup = await checkMarkup(check, n, all);
    await check.close();
  } else {
    tab = await ctx.openBenchPage([n]);
    markup = await checkMarkup(tab, n, all);
  }
  const step = async (name) => {
    if (!fresh) return tab.evaluate((name, n, all, warm) => window.hmsBench[name](n, all, warm), name, n, all, warm);
    const page = await ctx.openBenchPage([n]);
    try {
      return await page.evaluate((name, n, all) => window.hmsBench[name](n, all, false), name, n, all);
    } finally {
      await page.close();
    }
  };
  const widget = () => step('renderWidget');
  const baseline = () => step('renderBaseline');
  // A one-page render takes tens of ms: five warm-up pairs bring the widget's code out of V8's slow
  // tiers (one left its first runs at 50 ms falling to 31-34). All pages warm up within one.
  const warmups = fresh ? 0 : all ? 1 : 5;
  let pairs = await abbaPairs(widget, baseline, ctx.runs, warmups);
  const ratioOf = () => interval(pairRatios(pairs.map(([w, b]) => [w.busy, b.busy])));
  let ratio = ratioOf();
  const budget = ctx.budgetAt('render', label, 'ratio');
  let repeats = 0;
  while (budget && straddles(ratio, budget.max) && repeats < MAX_REPEATS) {
    repeats += 1;
    ctx.log(`render ${label}: interval ${fmtInterval(ratio)} straddles ${budget.max}, another ${ctx.runs} pairs`);
    pairs = pairs.concat(await abbaPairs(widget, baseline, ctx.runs, 0));
    ratio = ratioOf();
  }
  await tab?.close();
  // Where a new page's time goes, in part: validating the same catalog alone, first call in a new page.
  let validate;
  if (fresh) {
    const alone = [];
    for (let run = 0; run < ctx.runs; run += 1) {
      const page = await ctx.openBenchPage([n]);
      alone.push(await page.evaluate((n) => window.hmsBench.validateFresh(n), n));
      await page.close();
    }
    validate = median(alone);
  }
  const side = (i) => ({ busy: median(pairs.map((p) => p[i].busy)), wall: median(pairs.map((p) => p[i].wall)) });
  // The widget's whole list (count, filters, pager) against the same baseline: reported, not judged.
  const wholes = pairs.map(([w]) => w.whole ?? w);
  const wholeDiffers = wholes.some((w, i) => w.busy !== pairs[i][0].busy);
  return {
    courses: n,
    cards: all ? n : 12,
    kind,
    markup,
    widget: side(0),
    baseline: side(1),
    ratio,
    repeats,
    ...(validate === undefined ? {} : { validateAlone: validate }),
    ...(wholeDiffers
      ? {
          whole: { busy: median(wholes.map((w) => w.busy)), wall: median(wholes.map((w) => w.wall)) },
          wholeRatio: interval(pairRatios(pairs.map(([, b], i) => [wholes[i].busy, b.busy]))),
        }
      : {}),
    samples: { widget: pairs.map((p) => p[0].busy), baseline: pairs.map((p) => p[1].busy) },
  };
}

/** Keys of the keystroke row: [text in the box before, key]. A first letter, letters that change the cards, a deletion. */
const KEYSTROKES = [
  ['', 'c'],
  ['c', 'a'],
  ['ca', 'r'],
  ['car', 'd'],
  ['card', 'Backspace'],
];

/** @type {import('./bench/types.mjs').BenchSection} */
const inputSection = {
  name: 'filter',
  notes: [
    'Keystroke, filter select, page change → results painted, over 10,000 courses in the default <hms-course-list>: real input through the browser (page.keyboard: ' +
      'a key in the search box, ArrowDown on the focused format select, Enter on the focused Next button), timed from the keydown event\'s timestamp to the end of the frame ' +
      'that painted the results (scheduling and any debounce included). Each press starts from a settled page; the side effects that follow a pause (URL, hms-filter-change, ' +
      'the count announcement) are waited for after the measure. Keystrokes: "" → "c", "c" → "ca", "ca" → "car", "car" → "card", "card" → "car" (Backspace), each run. ' +
      '"Event Timing" is the browser\'s own figure for the same interaction (the largest PerformanceEventTiming duration of it, the measure behind INP; reported from 16 ms, rounded to 8 ms).',
  ],
  async measure(ctx) {
    const tab = await ctx.openBenchPage([10000]);
    const one = async (control, q, key) => {
      await tab.evaluate((control, q) => window.hmsBench.latencyStart(10000, control, q), control, q);
      await tab.keyboard.press(key);
      return tab.evaluate(() => window.hmsBench.latencyEnd());
    };
    const series = async (name, presses) => {
      ctx.log(`input: ${name}`);
      for (const [control, q, key] of presses) await one(control, q, key); // warm-up round, not kept
      const samples = [];
      const budget = ctx.budgetAt('filter', name, 'median');
      for (let repeat = 0; repeat <= MAX_REPEATS; repeat += 1) {
        for (let run = 0; run < ctx.runs; run += 1) for (const [control, q, key] of presses) samples.push({ key, before: q ?? '', ...(await one(control, q, key)) });
        if (!budget || !straddles(interval(samples.map((s) => s.ms)), budget.max)) break;
      }
      const ms = samples.map((s) => s.ms);
      const et = samples.map((s) => s.eventTiming);
      return {
        median: interval(ms),
        worst: Math.max(...ms),
        eventTiming: { median: median(et), worst: Math.max(...et) },
        presses: samples.length,
        samples,
      };
    };
    const out = {};
    out.keystroke = await series(
      'keystroke',
      KEYSTROKES.map(([before, key]) => ['search', before || undefined, key]),
    );
    for (const s of out.keystroke.samples) {
      const expected = s.key === 'Backspace' ? s.before.slice(0, -1) : s.before + s.key;
      if (s.text !== expected) throw new Error(`keystroke: typed "${s.key}" after "${s.before}" but the box holds "${s.text}"`);
    }
    out.select = await series('select', [['modality', undefined, 'ArrowDown']]);
    out.pageChange = await series('pageChange', [['next', undefined, 'Enter']]);
    await tab.close();
    return out;
  },
  rows(result, ctx) {
    const et = (v) => (v < 16 ? '<16' : `${v.toFixed(0)}`);
    const row = (what, r, name) => [
      what,
      `median ${fmtInterval(r.median, 1)} ms, worst ${r.worst.toFixed(1)} ms (Event Timing: median ${et(r.eventTiming.median)}, worst ${et(r.eventTiming.worst)} ms)`,
      '',
      '',
      [ctx.budgetCell('filter', name, 'median'), ctx.budgetCell('filter', name, 'worst')].filter(Boolean).join(', '),
    ];
    const counts = [...new Set(result.keystroke.samples.map((s) => `"${s.text}" ${s.results.toLocaleString('en')}`))].join(', ');
    return [
      row(`Keystroke → results painted, 10,000 courses, real keys (${result.keystroke.presses} presses; results: ${counts})`, result.keystroke, 'keystroke'),
      row(`Filter select (ArrowDown) → results painted, 10,000 courses (${result.select.presses} presses)`, result.select, 'select'),
      row(`Page change (Enter on Next) → page painted, 10,000 courses (${result.pageChange.presses} presses)`, result.pageChange, 'pageChange'),
    ];
  },
};

/** @type {import('./bench/types.mjs').BenchSection} */
const pageSection = {
  name: 'page',
  cdn: 'full',
  notes: ['Five widgets on one source (bench/public/five.html with the full CDN bundle): catalog requests, and script start → every widget painted, median of the runs after one warm-up.'],
  async measure(ctx) {
    ctx.log('a partner page with five widgets on one source');
    const loads = [];
    for (let run = 0; run <= ctx.runs; run += 1) {
      const tab = await ctx.browser.newPage();
      await tab.setCacheEnabled(false);
      const requests = [];
      tab.on('request', (request) => requests.push(new URL(request.url()).pathname));
      await tab.goto(`${ctx.origin}/five.html`, { waitUntil: 'load' });
      await tab.waitForFunction(() => window.benchFive?.painted !== undefined || window.benchFive?.errors.length > 0, { timeout: 60000 });
      const five = await tab.evaluate(() => window.benchFive);
      await tab.close();
      if (five.errors.length > 0) throw new Error(`The five-widget page failed: ${five.errors.join('; ')}`);
      if (run > 0) loads.push({ ...five, requests });
    }
    const last = loads.at(-1);
    return {
      widgets: last.shown,
      catalogRequests: Math.max(...loads.map((l) => l.requests.filter((p) => p.endsWith('/catalog.json')).length)),
      requests: Math.max(...loads.map((l) => l.requests.length)),
      requestList: last.requests,
      scriptToPainted: median(loads.map((l) => l.painted - l.scriptStart)),
      navigationToPainted: median(loads.map((l) => l.painted)),
    };
  },
  rows(r, ctx) {
    return [
      ['Five widgets, one source: catalog requests (all requests)', `${r.catalogRequests} (${r.requests})`, '', '', ctx.budgetCell('page', 'catalogRequests')],
      ['Five widgets: script start → all painted', `${r.scriptToPainted.toFixed(1)} ms`, '', '', ctx.budgetCell('page', 'scriptToPainted')],
    ];
  },
};

/** Issue 23's size aims for single files (size-budgets.json `aims`): shown, not judged. */
const sizeAims = JSON.parse(readFileSync('size-budgets.json', 'utf8')).aims ?? {};

/** @type {import('./bench/types.mjs').BenchSection} */
const sizeSection = {
  name: 'size',
  cdn: 'all',
  notes: [
    'Sizes: the entry file and its static imports, minified; gzip level 9, brotli quality 11. UI languages other than English are lazy chunks, not counted.',
    "Pages: what a partner's page downloads of ours through the autoloader (size-budgets.json `pages`, scripts/page-sizes.mjs), each file compressed on its own as a server sends it; issue 23's aim beside it.",
  ],
  async measure(ctx) {
    const pages = Object.fromEntries(pageSizes(`${SITE}/cdn`).map(({ page, files, gzip, brotli, aim }) => [page, { files, gzip, brotli, aim }]));
    return { ...ctx.size, pages };
  },
  rows(result, ctx) {
    const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
    const { pages = {}, ...files } = result;
    return [
      ...Object.entries(files).map(([name, s]) => {
        const aim = sizeAims[`dist/cdn/${name}.js`];
        const aimCell = aim ? `aim ${kb(aim)} ${s.gzip <= aim ? '✓' : `✗ (+${kb(s.gzip - aim)})`}` : '';
        return [`Size ${name}.js, gzip / brotli`, `${kb(s.gzip)} / ${kb(s.brotli)}`, '', aimCell, ctx.budgetCell('size', name, 'gzip')];
      }),
      ...Object.entries(pages).map(([page, p]) => [
        `Page: ${page} (${p.files.join(' + ')}), gzip / brotli`,
        `${kb(p.gzip)} / ${kb(p.brotli)}`,
        '',
        p.aim ? `aim ${kb(p.aim)} ${p.gzip <= p.aim ? '✓' : `✗ (+${kb(p.gzip - p.aim)})`}` : '',
        ctx.budgetCell('size', 'pages', page, 'gzip'),
      ]),
    ];
  },
};

/** @type {import('./bench/types.mjs').BenchSection} */
const memorySection = {
  name: 'memory',
  notes: ['Heap: performance.memory.usedJSHeapSize after forced full GCs (--js-flags=--expose-gc, --enable-precise-memory-info), each reading in a page of its own that holds the generated catalogs.'],
  async measure(ctx) {
    ctx.log('memory');
    // Each reading in a fresh page. Read in one page after the widget's, the baseline's 10,000 cards
    // "added" 17.6 MB in two runs and 137.4 MB in a third (what the widget's removed list left was
    // not all collected yet), and 2.2-2.3 MB in three runs when read first.
    const kept = async (all, baseline) => {
      const page = await ctx.openBenchPage([10000], { isolated: true });
      await page.evaluate(() => window.hmsBench.clear());
      const empty = await page.evaluate(() => window.hmsBench.heap());
      const cards = await page.evaluate((all, baseline) => window.hmsBench.keep(10000, all, baseline), all, baseline);
      const heap = await page.evaluate(() => window.hmsBench.heap());
      await page.close();
      return { cards, empty, heap, added: heap - empty };
    };
    const out = {};
    out.widget10000Page = await kept(false, false);
    out.widget10000All = await kept(true, false);
    out.baseline10000All = await kept(true, true);
    out.emptyPage = out.widget10000Page.empty;
    // Mount/unmount cycles in a page of their own, after 200 warm-up cycles (they compile the code a
    // list runs, about 200 KB of heap, which is no leak).
    // Isolated: a heap reading of a tab that shares its process with the tabs of earlier sections
    // counted their teardown too (21 MB "growth" once, 24 KB in a run of this section alone).
    const cyclesPage = await ctx.openBenchPage([1000], { isolated: true });
    await cyclesPage.evaluate(() => window.hmsBench.cycles(200, 1000));
    const before = await cyclesPage.evaluate(() => window.hmsBench.heap());
    await cyclesPage.evaluate(() => window.hmsBench.cycles(200, 1000));
    const after = await cyclesPage.evaluate(() => window.hmsBench.heap());
    await cyclesPage.close();
    out.cycles = { cycles: 200, courses: 1000, before, after, growth: after - before };
    return out;
  },
  rows(m, ctx) {
    const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;
    return [
      ['JS heap, 10,000 courses, one page shown (added to the page)', `${mb(m.widget10000Page.heap)} (+${mb(m.widget10000Page.added)})`, '', '', ''],
      ['JS heap, 10,000 courses all shown (added to the page)', `${mb(m.widget10000All.heap)} (+${mb(m.widget10000All.added)})`, `${mb(m.baseline10000All.heap)} (+${mb(m.baseline10000All.added)})`, '', ''],
      [`Heap growth after ${m.cycles.cycles} mount/unmount cycles`, `${(m.cycles.growth / 1024).toFixed(1)} KB`, '', '', ctx.budgetCell('memory', 'cycles', 'growth')],
    ];
  },
};

/** Every section, in the order they run: the built-in ones, then those of scripts/bench/sections.mjs. */
const SECTIONS = [renderSection, inputSection, pageSection, sizeSection, memorySection, ...extraSections];
const NAMES = SECTIONS.map((s) => s.name);

// ---------------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------------

let args;
try {
  args = parseArgs({ options: { check: { type: 'boolean' }, long: { type: 'boolean' }, runs: { type: 'string' }, only: { type: 'string' }, courses: { type: 'string' } } }).values;
} catch (error) {
  console.error(`${error.message}\nUsage: npm run bench [-- --check] [-- --long] [-- --runs N] [-- --only ${NAMES.join(',')}] [-- --courses 1000,10000]`);
  process.exit(2);
}
const check = args.check ?? false;
const runs = args.runs === undefined ? MIN_RUNS : Number(args.runs);
if (!Number.isInteger(runs) || runs < MIN_RUNS) {
  console.error(`--runs takes a whole number of at least ${MIN_RUNS}: the bootstrap interval of a median needs that many pairs.`);
  process.exit(2);
}
const only = args.only === undefined ? NAMES : args.only.split(',').map((s) => s.trim()).filter(Boolean);
if (only.length === 0 || only.some((s) => !NAMES.includes(s))) {
  console.error(`--only takes a comma list of ${NAMES.join(', ')}.`);
  process.exit(2);
}
const renderSizes = args.courses === undefined ? [1000, 10000] : args.courses.split(',').map(Number);
if (renderSizes.some((n) => ![1000, 10000].includes(n))) {
  console.error('--courses takes 1000, 10000 or both.');
  process.exit(2);
}
const sections = SECTIONS.filter((s) => only.includes(s.name));

// ---------------------------------------------------------------------------------------------
// Builds
// ---------------------------------------------------------------------------------------------

rmSync(OUT, { recursive: true, force: true });
log('building the bench page');
await build({
  configFile: false,
  root: 'bench',
  publicDir: 'public',
  logLevel: 'warn',
  // With the CDN files' compile hint and template minifier: the first render in a new page is what a
  // CDN partner's page pays, and the widget's templates are the bundles' (trimmed, minified).
  plugins: [minifyTemplatesPlugin()],
  build: { outDir: '.build/site', emptyOutDir: true, target: 'es2022', reportCompressedSize: false, rolldownOptions: { output: { postBanner: compileHint } } },
});
copyFileSync('demo/catalog.json', `${SITE}/catalog.json`);
cpSync('demo/images', `${SITE}/images`, { recursive: true });
copyFileSync('demo/partner.css', `${SITE}/partner.css`);

// The CDN bundles, built with scripts/build-cdn.mjs's settings (scripts/cdn-config.mjs).
const entries = cdnEntries();
const toBuild = sections.some((s) => s.cdn === 'all') ? entries : sections.some((s) => s.cdn === 'full') ? entries.slice(0, 1) : [];
if (toBuild.length > 0) log(`building ${toBuild.length} CDN bundle(s)`);
const size = {};
const compressed = (code) => ({
  raw: Buffer.byteLength(code),
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT } }).length,
});
// The autoloader too when every entry is built: the per-page rows count it.
if (toBuild.length === entries.length) await build(loaderBuildConfig({ outDir: `${SITE}/cdn`, sourcemap: false }));
for (const { name, entry } of toBuild) {
  const result = await build(cdnBuildConfig({ name, entry }, { outDir: `${SITE}/cdn`, sourcemap: false }));
  const chunks = new Map((Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const main = [...chunks.values()].find((c) => c.isEntry);
  // What a page downloads to run the entry: the file and its static imports.
  const eager = new Set([main.fileName]);
  for (const file of eager) for (const imported of chunks.get(file)?.imports ?? []) eager.add(imported);
  const eagerSizes = [...eager].map((file) => compressed(chunks.get(file).code));
  size[name] = {
    entry,
    files: eager.size,
    raw: eagerSizes.reduce((sum, s) => sum + s.raw, 0),
    gzip: eagerSizes.reduce((sum, s) => sum + s.gzip, 0),
    brotli: eagerSizes.reduce((sum, s) => sum + s.brotli, 0),
    lazyChunks: [...chunks.keys()].filter((file) => !eager.has(file)).length,
  };
}

// ---------------------------------------------------------------------------------------------
// Measurements
// ---------------------------------------------------------------------------------------------

const server = await serveStatic(SITE);
const results = {
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model?.trim() ?? 'unknown CPU', cores: cpus().length, node: process.version, loadAverage: [] },
  browser: '',
  runs,
  notes: sections.flatMap((s) => s.notes ?? []),
};
const browser = await puppeteer.launch({
  executablePath: findBrowser(),
  headless: true,
  args: [...browserArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  defaultViewport: { width: 1280, height: 900 },
});
results.browser = await browser.version();
/** @type {import('./bench/types.mjs').BenchContext} */
const ctx = {
  browser,
  origin: server.origin,
  runs,
  renderSizes,
  long: args.long ?? false,
  log,
  budgetAt,
  size,
  interval,
  async openBenchPage(sizes, { isolated = false } = {}) {
    // An isolated page gets a browser context of its own, so no other tab shares its renderer
    // process (and V8 heap): what a heap reading sees is this page's alone.
    const context = isolated ? await browser.createBrowserContext() : undefined;
    const tab = await (context ?? browser).newPage();
    if (context) tab.once('close', () => void context.close().catch(() => {}));
    tab.on('pageerror', (error) => log(`page error: ${error.message}`));
    await tab.goto(`${server.origin}/index.html`, { waitUntil: 'load' });
    await tab.waitForFunction(() => !!window.hmsBench);
    await tab.evaluate((sizes) => window.hmsBench.prepare(sizes), sizes);
    return tab;
  },
};
let failed = false;
try {
  for (const section of sections) {
    results.machine.loadAverage.push([section.name, +loadavg()[0].toFixed(1)]);
    results[section.name] = await section.measure(ctx);
  }
} catch (error) {
  failed = true;
  console.error(`\nThe benchmark could not complete: ${error.stack ?? error.message}`);
} finally {
  await browser.close();
  await server.close();
}
if (failed) process.exit(2);

// ---------------------------------------------------------------------------------------------
// Budgets, table, results
// ---------------------------------------------------------------------------------------------

// Speed and memory budgets in bench/budgets.json; file sizes only in size-budgets.json (which the
// size test also enforces), checked here against the gzip size of each built CDN entry.
const { files: sizeBudgets, pages: pageBudgets } = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
const budgets = [
  ...budgetsFile.budgets,
  ...Object.keys(size).flatMap((name) => {
    const max = sizeBudgets[`dist/cdn/${name}.js`];
    return max === undefined ? [] : [{ name: `${name}.js gzip (bytes, size-budgets.json)`, metric: ['size', name, 'gzip'], max }];
  }),
  ...Object.entries(pageBudgets).map(([page, { gzip }]) => ({ name: `page "${page}" gzip (bytes, size-budgets.json)`, metric: ['size', 'pages', page, 'gzip'], max: gzip })),
];
const valueAt = (path) => path.reduce((value, key) => value?.[key], results);
/** The number a budget judges: an interval's bound as the budget names it (`bound`), or a plain value. */
const judged = (budget, value) => (typeof value === 'object' && value !== null ? value[budget.bound === 'lower' ? 'lo' : budget.bound === 'median' ? 'median' : 'hi'] : value);
// Only what this run measured is judged: a budget whose section did not run, or whose series
// --courses left out, is listed as not measured.
results.budgets = budgets.map((budget) => {
  const value = judged(budget, valueAt(budget.metric));
  if (typeof value !== 'number') return { ...budget, measured: false };
  const pass = budget.max !== undefined ? value <= budget.max : value < budget.under;
  return { ...budget, measured: true, value, pass };
});
const budgetFor = (...path) => results.budgets.find((b) => b.measured && b.metric.join('.') === path.join('.'));
const budgetCell = (...path) => {
  const b = budgetFor(...path);
  if (!b) return '';
  const limit = b.max !== undefined ? `≤ ${b.display ?? b.max}` : `< ${b.display ?? b.under}`;
  const bound = b.bound ? ` (${b.bound === 'upper' ? 'upper bound' : b.bound === 'lower' ? 'lower bound' : 'median'})` : '';
  return `${limit}${bound} ${b.pass ? '✓' : '✗ over'}`;
};

const rows = sections.flatMap((section) => section.rows(results[section.name], { ...ctx, budgetCell }));
const header = ['Measure', 'Widget', 'Baseline', 'Ratio [95% interval]', 'Budget'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
const table = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
const machine = `${results.machine.cpu}, ${results.machine.cores} cores, ${results.browser.replace('/', ' ')} headless, Node ${process.version}`;
results.table = table;
console.log(table);
console.log(
  `\n${machine}; load average (1 min) at each section: ${results.machine.loadAverage.map(([s, l]) => `${s} ${l}`).join(', ')}. ` +
    `${runs} runs (pairs, ABBA) per series after warm-up; render times are medians of main-thread ms to the next paint, vsync wait excluded (wall: with it); ` +
    'ratios are medians of per-pair ratios with 95% bootstrap intervals; input rows time a real key to the results painted.',
);

mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
log('wrote bench/results.json');

const skipped = results.budgets.filter((b) => !b.measured);
if (skipped.length > 0) console.error(`Not measured in this run, not judged: ${skipped.map((b) => b.name).join('; ')}.`);
const over = results.budgets.filter((b) => b.measured && !b.pass);
const shown = (b) => `${+b.value.toFixed(2)}${b.bound ? ` (${b.bound === 'median' ? 'median' : `${b.bound} bound of the interval`})` : ''}`;
if (check) {
  if (over.length > 0) {
    console.error(`\nOver budget (bench/budgets.json, size-budgets.json):`);
    for (const b of over) console.error(`  ${b.name}: ${shown(b)} ${b.max !== undefined ? `> ${b.max}` : `>= ${b.under}`}`);
    process.exit(1);
  }
  console.log('\nEvery budget measured is met.');
} else if (over.length > 0) {
  console.error(`\n${over.length} budget(s) exceeded: ${over.map((b) => b.name).join('; ')} (npm run bench -- --check fails).`);
}
