// npm run bench:longtasks [-- --check] [-- --runs 3] [-- --only posts-100000,sessions-100000]
//
// Issue 27: no main-thread task over 200 ms from our code, for catalogs far past the format's
// limits. Serves dist/cdn/hms-widgets.js (run `npm run build` first) and issue 27's catalogs
// (test/fixtures/hostile/corpus.mjs: `largeLists`, and the corpus's 100,000 courses) on 127.0.0.1,
// and in the Chromium the tests use, headless, records every long task (the Long Tasks API: any task
// over 50 ms) from adding the widget to the page until it has loaded, its follow-up work is done and
// the page has been idle for a second. A case's number is the longest task, the worst of --runs
// runs (default 3), each in a fresh page. With --check, exits 1 when a case is over the budget (the
// issue's budget covers catalogs the validator accepts up to 10 MB; a larger case is reported only).
// A module of its own (not a section of scripts/bench.mjs), so the two can change independently.
/* global document, customElements, requestIdleCallback -- used inside page.evaluate callbacks, which run in the browser */
import { mkdirSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { corpus, largeLists } from '../test/fixtures/hostile/corpus.mjs';
import { browserArgs, findBrowser } from './find-browser.mjs';
import { serveStatic } from './static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
process.chdir(ROOT);
const SITE = 'bench/.build/longtasks';
const BUDGET_MS = 200;

/** Each case: the catalog, the widget as a partner would embed it, and what a visitor then does. */
const CASES = [
  { doc: 'posts-100000', html: '<hms-news-list src="posts-100000.json"></hms-news-list>', what: '100,000 posts, <hms-news-list> without limit' },
  { doc: 'facts-100000', html: '<hms-mission src="facts-100000.json"></hms-mission>', what: '100,000 facts, <hms-mission>' },
  { doc: 'programs-20000', html: '<hms-program-list src="programs-20000.json"></hms-program-list>', what: '20,000 programs, <hms-program-list>' },
  { doc: 'topics-100000', html: '<hms-course-list src="topics-100000.json"></hms-course-list>', what: '100,000 distinct topics, <hms-course-list>' },
  { doc: 'offerings-100000', html: '<hms-divisions src="offerings-100000.json"></hms-divisions>', what: '100,000 offerings, <hms-divisions>' },
  {
    doc: 'sessions-100000',
    html: '<hms-course-card src="sessions-100000.json" course-id="control-course"></hms-course-card><hms-course-list src="sessions-100000.json" structured-data></hms-course-list>',
    what: 'one course with 100,000 sessions: card, Add to calendar, list with structured-data',
    calendar: true,
  },
  // 20 MB: twice the 10 MB the budget covers. Reported, not judged: the browser's own
  // JSON.parse of the body is one task of 140-180 ms here, the floor no widget code can go under.
  { doc: 'courses-100000', html: '<hms-course-list src="courses-100000.json"></hms-course-list>', what: '100,000 courses (20 MB), <hms-course-list>', judged: false },
];

let args;
try {
  args = parseArgs({ options: { check: { type: 'boolean' }, runs: { type: 'string' }, only: { type: 'string' } } }).values;
} catch (error) {
  console.error(`${error.message}\nUsage: npm run bench:longtasks [-- --check] [-- --runs N] [-- --only ${CASES.map((c) => c.doc).join(',')}]`);
  process.exit(2);
}
const runs = Number(args.runs ?? 3);
const only = args.only ? args.only.split(',') : CASES.map((c) => c.doc);
const cases = CASES.filter((c) => only.includes(c.doc));
if (!existsSync('dist/cdn/hms-widgets.js')) {
  console.error('dist/cdn/hms-widgets.js is missing: run `npm run build` first.');
  process.exit(2);
}

const log = (message) => console.error(`[longtasks] ${message}`);
rmSync(SITE, { recursive: true, force: true });
mkdirSync(SITE, { recursive: true });
copyFileSync('dist/cdn/hms-widgets.js', `${SITE}/hms-widgets.js`);
const docs = new Map([...corpus, ...largeLists].map((doc) => [doc.name, doc]));
for (const { doc } of cases) {
  const body = docs.get(doc).body();
  writeFileSync(`${SITE}/${doc}.json`, body);
  log(`${doc}.json: ${(Buffer.byteLength(body) / 1e6).toFixed(1)} MB`);
}
writeFileSync(
  `${SITE}/index.html`,
  `<!doctype html><meta charset="utf-8"><title>long tasks</title><body><main id="stage"></main><script type="module" src="hms-widgets.js"></script>`,
);

const server = await serveStatic(SITE);
const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: browserArgs });
const results = [];
try {
  for (const item of cases) {
    const longest = [];
    const floor = [];
    let count = 0;
    for (let run = 0; run < runs; run += 1) {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/index.html`, { waitUntil: 'load' });
      const tasks = await page.evaluate(
        async ({ markup, calendar }) => {
          await customElements.whenDefined('hms-course-list');
          const seen = [];
          // Tasks of the page before the widget (the bundle's own start) are not this case's.
          const observer = new PerformanceObserver((list) => seen.push(...list.getEntries().map((e) => e.duration)));
          observer.observe({ type: 'longtask' });
          const stage = document.getElementById('stage');
          const widgets = new Set();
          const loaded = new Promise((resolve, reject) => {
            stage.addEventListener('hms-load', (event) => {
              widgets.add(event.composedPath()[0]);
              if (widgets.size === stage.children.length) resolve();
            });
            stage.addEventListener('hms-error', (event) => reject(new Error(event.detail.message)));
          });
          stage.innerHTML = markup;
          await loaded;
          if (calendar) {
            const card = stage.querySelector('hms-course-card');
            await card.updateComplete;
            // The download itself is the browser's: the event is cancelled once the file is made.
            card.addEventListener('hms-calendar-download', (event) => event.preventDefault(), { once: true });
            card.shadowRoot.querySelector('[part~="calendar-ics"]').click();
          }
          // Follow-up work (structured data, search text while idle) and a quiet second after it.
          await new Promise((resolve) => setTimeout(resolve, 1500));
          await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 }));
          observer.takeRecords().forEach((e) => seen.push(e.duration));
          observer.disconnect();
          return seen;
        },
        { markup: item.html, calendar: Boolean(item.calendar) },
      );
      longest.push(Math.max(0, ...tasks));
      count += tasks.length;
      // The floor no widget code can go under: the same document fetched, read as text and parsed
      // by JSON.parse alone, in the same page (on a busy machine both grow together).
      floor.push(
        await page.evaluate(async (url) => {
          const seen = [];
          const observer = new PerformanceObserver((list) => seen.push(...list.getEntries().map((e) => e.duration)));
          observer.observe({ type: 'longtask' });
          JSON.parse(await (await fetch(url, { cache: 'no-store' })).text());
          await new Promise((resolve) => setTimeout(resolve, 500));
          observer.takeRecords().forEach((e) => seen.push(e.duration));
          observer.disconnect();
          return Math.max(0, ...seen);
        }, `${item.doc}.json`),
      );
      await page.close();
    }
    const worst = Math.max(...longest);
    const parseOnly = Math.max(...floor);
    results.push({ ...item, worst, parseOnly, runs: longest, count });
    log(`${item.doc}: longest task ${worst.toFixed(0)} ms (runs: ${longest.map((ms) => ms.toFixed(0)).join(', ')}; ${count} long tasks in all); fetch and JSON.parse alone ${parseOnly.toFixed(0)} ms`);
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`| Case (issue 27) | Longest task, worst of ${runs} | fetch + JSON.parse alone | Budget |`);
console.log('| --- | --- | --- | --- |');
for (const r of results) {
  const budget = r.judged === false ? 'beyond the 10 MB scope: not judged' : `≤ ${BUDGET_MS} ms ${r.worst <= BUDGET_MS ? '✓' : '✗'}`;
  console.log(`| ${r.what} | ${r.worst.toFixed(0)} ms | ${r.parseOnly.toFixed(0)} ms | ${budget} |`);
}
const over = results.filter((r) => r.judged !== false && r.worst > BUDGET_MS);
if (args.check && over.length > 0) {
  console.error(`Over the ${BUDGET_MS} ms budget: ${over.map((r) => r.doc).join(', ')}`);
  process.exit(1);
}
