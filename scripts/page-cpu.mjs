// node scripts/page-cpu.mjs <url> [--width 412] [--runs 3] [--reduced-motion]
//
// Issue 17: the main-thread work of a page load, read from a Chromium trace as thread CPU time
// (not wall time), so that it holds on a busy machine where Lighthouse's simulated 4x throttling
// swings with the load (the same page measured TBT 1,952 and 4,484 ms ten minutes apart here).
// The page is loaded unthrottled in a headless Chromium (scripts/find-browser.mjs), traced until
// 2.5 s after the network is idle, and each task of the page's main thread is scaled by 4 as
// Lighthouse's mobile preset does: "TBT at 4x" = sum of max(0, 4 x task CPU - 50 ms), "longest at
// 4x" = 4 x the longest task's CPU. Also printed: the main thread's CPU by kind of work (layout,
// style, script evaluation, paint, ...). Compare two pages or builds by alternating runs; serve
// the production demo with `npm run preview` first.
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { browserArgs, findBrowser } from './find-browser.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { width: { type: 'string', default: '412' }, runs: { type: 'string', default: '3' }, 'reduced-motion': { type: 'boolean' } },
});
const url = positionals[0];
if (!url) {
  console.error('Usage: node scripts/page-cpu.mjs <url> [--width 412] [--runs 3] [--reduced-motion]');
  process.exit(2);
}
const width = Number(values.width);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function once() {
  const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: browserArgs });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width, height: width > 800 ? 940 : 823 });
    if (values['reduced-motion']) await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await page.goto(url, { waitUntil: 'networkidle0' });
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString()).traceEvents;
    const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const parse = events.find((e) => e.name === 'ParseHTML' && mains.some((m) => m.pid === e.pid && m.tid === e.tid));
    const mine = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.ts >= parse.ts - 50_000).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const cpu = (e) => (e.tdur ?? e.dur) / 1000;
    let tbt = 0;
    let longest = 0;
    let total = 0;
    const kinds = new Map();
    const stack = [];
    for (const e of mine) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
      if (e.name === 'RunTask' && stack.length === 0) {
        total += cpu(e);
        tbt += Math.max(0, 4 * cpu(e) - 50);
        longest = Math.max(longest, cpu(e));
      } else if (stack.length === 1 && stack[0].name === 'RunTask') kinds.set(e.name, (kinds.get(e.name) ?? 0) + cpu(e));
      stack.push(e);
    }
    return { total, tbt, longest: 4 * longest, kinds };
  } finally {
    await browser.close();
  }
}

const runs = [];
for (let i = 0; i < Number(values.runs); i += 1) {
  const run = await once();
  runs.push(run);
  const top = [...run.kinds].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
  console.log(`run ${i + 1}: main-thread CPU ${run.total.toFixed(0)} ms, TBT at 4x ${run.tbt.toFixed(0)} ms, longest at 4x ${run.longest.toFixed(0)} ms (${top})`);
}
console.log(`median: CPU ${median(runs.map((r) => r.total)).toFixed(0)} ms, TBT at 4x ${median(runs.map((r) => r.tbt)).toFixed(0)} ms, longest at 4x ${median(runs.map((r) => r.longest)).toFixed(0)} ms`);
