// Issue 17's rows of `npm run bench`: a page of ten widgets (its longest main-thread task), and a
// repeat visit (script start → first card painted) with and without the last good copy of the
// catalog kept in the browser. Pages: bench/public/ten.html, bench/public/repeat.html, with
// bench/public/probe-page.js, on the full CDN bundle.
/* global window, caches -- used inside page.evaluate callbacks, which run in the browser */
import { median } from './stats.mjs';

/** The network of the repeat-visit rows: the nominal "slow 4G" of Lighthouse's mobile preset (150 ms, 1.6 Mbps down). */
const SLOW_4G = { latency: 150, download: (1.6 * 1024 * 1024) / 8, upload: (750 * 1024) / 8 };

/** Opens `path` in a new tab of `context` and waits until the probe says it has painted `what`. */
async function visit(ctx, context, path, what, network) {
  const tab = await context.newPage();
  if (network) await tab.emulateNetworkConditions(network);
  await tab.goto(`${ctx.origin}/${path}`, { waitUntil: 'load' });
  await tab.waitForFunction((what) => typeof window.benchPage?.[what] === 'number' || window.benchPage?.errors.length > 0, { timeout: 120_000, polling: 50 }, what);
  const probe = await tab.evaluate(() => window.benchPage);
  if (probe.errors.length > 0) throw new Error(`${path}: ${probe.errors.join('; ')}`);
  return { tab, probe };
}

/** @type {import('./types.mjs').BenchSection} */
export const pageLoadSection = {
  name: 'pageload',
  cdn: 'full',
  notes: [
    'Page of ten widgets (bench/public/ten.html, the demo home page on one source, full CDN bundle), a fresh browser context per run: the longest main-thread task ' +
      '(Long Tasks API) from the script\'s start until every widget is painted and half a second after, median and worst of the runs.',
    'Repeat visit (bench/public/repeat.html, one course finder): two visits in a fresh browser context, the network at 150 ms and 1.6 Mbps (slow 4G); the second visit\'s ' +
      'script start → first card painted, median of the runs. "with the stored copy": the first visit kept the catalog in Cache Storage; "without": both visits with ' +
      '<meta name="hms-catalog-cache" content="none"> (?cache=none), so the card waits for the catalog request.',
  ],
  async measure(ctx) {
    const ten = { longest: [], count: [] };
    ctx.log('pageload: a page of ten widgets');
    for (let run = 0; run <= ctx.runs; run += 1) {
      const context = await ctx.browser.createBrowserContext();
      const { tab, probe } = await visit(ctx, context, 'ten.html', 'painted');
      await new Promise((resolve) => setTimeout(resolve, 500));
      const tasks = (await tab.evaluate(() => window.benchPage.tasks)).filter((t) => t.start + t.duration >= probe.scriptStart);
      await context.close();
      // The first run warms the machine's caches (files, compiled code of the browser itself).
      if (run === 0) continue;
      ten.longest.push(Math.max(0, ...tasks.map((t) => t.duration)));
      ten.count.push(tasks.length);
    }
    const repeat = {};
    for (const [arm, query] of [
      ['stored', ''],
      ['none', '?cache=none'],
    ]) {
      ctx.log(`pageload: repeat visit, ${arm === 'stored' ? 'with' : 'without'} the stored copy`);
      const times = [];
      for (let run = 0; run <= ctx.runs; run += 1) {
        const context = await ctx.browser.createBrowserContext();
        const first = await visit(ctx, context, `repeat.html${query}`, 'firstCard', SLOW_4G);
        // The copy is written after the first visit's load: wait for it (or, without, for nothing).
        if (arm === 'stored') await first.tab.waitForFunction(async () => (await (await caches.open('hms-widgets-last-good-v1')).keys()).length > 0, { polling: 50 });
        await first.tab.close();
        const second = await visit(ctx, context, `repeat.html${query}`, 'firstCard', SLOW_4G);
        await context.close();
        if (run > 0) times.push(second.probe.firstCard - second.probe.scriptStart);
      }
      repeat[arm] = { median: median(times), runs: times };
    }
    return {
      ten: { longest: median(ten.longest), worst: Math.max(...ten.longest), longTasks: median(ten.count), runs: ten.longest },
      repeat,
    };
  },
  rows(r, ctx) {
    return [
      [
        'Page of ten widgets: longest main-thread task, median (worst) of the runs',
        `${r.ten.longest.toFixed(1)} ms (${r.ten.worst.toFixed(1)}), ${r.ten.longTasks} long tasks`,
        '',
        '',
        ctx.budgetCell('pageload', 'ten', 'longest'),
      ],
      ['Repeat visit, slow 4G: script start → first card painted, with the stored copy', `${r.repeat.stored.median.toFixed(1)} ms`, '', '', ctx.budgetCell('pageload', 'repeat', 'stored', 'median')],
      ['Repeat visit, slow 4G: script start → first card painted, without (cache="none")', `${r.repeat.none.median.toFixed(1)} ms`, '', '', ctx.budgetCell('pageload', 'repeat', 'none', 'median')],
    ];
  },
};
