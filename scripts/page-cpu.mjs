// node scripts/page-cpu.mjs <url> [--width 412] [--runs 3] [--reduced-motion] [--tasks 5]
//
// Issue 17: the main-thread work of a page load, read from a Chromium trace as thread CPU time
// (not wall time), so that it holds on a busy machine where Lighthouse's simulated 4x throttling
// swings with the load (the same page measured TBT 1,952 and 4,484 ms ten minutes apart here).
// The page is loaded unthrottled in a headless Chromium (scripts/find-browser.mjs), traced until
// 2.5 s after the network is idle, and each task of the page's main thread is scaled by 4 as
// Lighthouse's mobile preset does: "TBT at 4x" = sum of max(0, 4 x task CPU - 50 ms), "longest at
// 4x" = 4 x the longest task's CPU. Also printed: the main thread's CPU by kind of work (layout,
// style, script evaluation, paint, ...), and the time V8 spent compiling on it (functions compiled
// lazily at their first call; the CDN files ask for theirs to be compiled off it, while they stream
// in). Compare two pages or builds by alternating runs; serve
// the production demo with `npm run preview` first. `--tasks N` lists each run's N longest tasks with
// what they held (the work directly under the task, and the script's function names at 1 ms or more).
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { browserArgs, findBrowser } from './find-browser.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    width: { type: 'string', default: '412' },
    runs: { type: 'string', default: '3' },
    'reduced-motion': { type: 'boolean' },
    tasks: { type: 'string', default: '0' },
  },
});
const url = positionals[0];
if (!url) {
  console.error('Usage: node scripts/page-cpu.mjs <url> [--width 412] [--runs 3] [--reduced-motion] [--tasks 5]');
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
    // With --tasks, V8's own events too (microtasks, where Lit's renders run), at some cost in tracing overhead.
    const v8 = Number(values.tasks) > 0 ? ['v8', 'v8.execute'] : [];
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.compile', ...v8] });
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
    const tasks = [];
    const stack = [];
    for (const e of mine) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
      if (e.name === 'RunTask' && stack.length === 0) {
        total += cpu(e);
        tbt += Math.max(0, 4 * cpu(e) - 50);
        longest = Math.max(longest, cpu(e));
        tasks.push({ cpu: cpu(e), at: (e.ts - parse.ts) / 1000, held: new Map() });
      } else if (stack.length >= 1 && stack[0].name === 'RunTask') {
        const held = tasks.at(-1).held;
        const fn = e.name === 'FunctionCall' && e.args?.data?.functionName ? `${e.args.data.functionName}()` : undefined;
        if (stack.length === 1) {
          kinds.set(e.name, (kinds.get(e.name) ?? 0) + cpu(e));
          held.set(e.name, (held.get(e.name) ?? 0) + cpu(e));
        }
        if (fn) held.set(fn, (held.get(fn) ?? 0) + cpu(e));
      }
      stack.push(e);
    }
    // V8 parsing and compiling functions on the main thread (lazily, at a function's first call): the
    // union of its trace events' spans, nested ones counted once (CPU time is not given for all).
    let compile = 0;
    let until = -Infinity;
    for (const e of mine) {
      if (!/^V8\.(Compile|ParseFunction)|^v8\.compile/.test(e.name)) continue;
      const end = e.ts + e.dur;
      if (end <= until) continue;
      compile += (end - Math.max(e.ts, until)) / 1000;
      until = end;
    }
    return { total, tbt, longest: 4 * longest, compile, kinds, tasks };
  } finally {
    await browser.close();
  }
}

const runs = [];
for (let i = 0; i < Number(values.runs); i += 1) {
  const run = await once();
  runs.push(run);
  const top = [...run.kinds].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
  console.log(`run ${i + 1}: main-thread CPU ${run.total.toFixed(0)} ms, TBT at 4x ${run.tbt.toFixed(0)} ms, longest at 4x ${run.longest.toFixed(0)} ms, compiling ${run.compile.toFixed(0)} ms (${top})`);
  for (const task of [...run.tasks].sort((a, b) => b.cpu - a.cpu).slice(0, Number(values.tasks))) {
    const held = [...task.held].filter(([, v]) => v >= 1).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
    console.log(`  task at ${task.at.toFixed(0)} ms: ${task.cpu.toFixed(1)} ms CPU (${held})`);
  }
}
console.log(
  `median: CPU ${median(runs.map((r) => r.total)).toFixed(0)} ms, TBT at 4x ${median(runs.map((r) => r.tbt)).toFixed(0)} ms, longest at 4x ${median(runs.map((r) => r.longest)).toFixed(0)} ms, compiling on the main thread ${median(runs.map((r) => r.compile)).toFixed(0)} ms`,
);
