// The server-rendering section of `npm run bench` (docs/benchmark.md): one page, a heading-less
// <hms-course-list> of the sample catalog held inline, in two versions served side by side: the
// snippet of `hms-widgets render` (declarative shadow DOM, hydrated by cdn/hms-widgets-hydrate.js)
// and the client-only embed (the same tag and inline catalog, cdn/hms-widgets.js). New tab, cache
// off, ABBA pairs: first contentful paint, the frame that shows the first course title, layout shift.
/* global document, window, customElements, requestAnimationFrame -- used inside page.evaluate callbacks, which run in the browser */
import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { abbaPairs, pairRatios } from './stats.mjs';

const SITE = 'bench/.build/site';
const run = promisify(execFile);

const page = (body, script) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Courses</title>
<script>
  window.paints = { titles: 0, cls: 0 };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.paints.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
</script></head>
<body>${body}
<script>
  // The frame in which the first course title (a real link, not the skeleton's) is on screen: in
  // the page and visible (a server render keeps a piece hidden until all of it is parsed).
  (function poll() {
    const card = document.querySelector('hms-course-list')?.shadowRoot?.querySelector('hms-course-card');
    const link = card?.shadowRoot?.querySelector('a[part~="title-link"][href]');
    if (link?.checkVisibility({ visibilityProperty: true })) requestAnimationFrame((time) => (window.paints.titles = time));
    else requestAnimationFrame(poll);
  })();
</script>
<script type="module" src="${script}"></script></body></html>`;

/** @type {import('./types.mjs').BenchSection} */
export const ssrSection = {
  name: 'ssr',
  cdn: 'all',
  notes: [
    'Server rendering: the same page with a <hms-course-list> of the sample catalog (inline), as the hms-widgets render snippet (hydrated by hms-widgets-hydrate.js) and as the client-only embed (hms-widgets.js); new tab, cache off, ABBA pairs; first contentful paint and the frame that shows the first course title from navigation start, and the layout shift until the list is interactive.',
  ],
  async measure(ctx) {
    if (!existsSync('dist/ssr.js')) throw new Error('The ssr section renders with dist/ssr.js: run `npm run build` first.');
    const { stdout: snippet } = await run(process.execPath, ['bin/hms-widgets.mjs', 'render', 'hms-course-list', 'demo/catalog.json']);
    const inline = snippet.match(/<script type="application\/json">[\s\S]*?<\/script>/)[0];
    writeFileSync(`${SITE}/ssr.html`, page(snippet, '/cdn/hms-widgets-hydrate.js'));
    writeFileSync(`${SITE}/client.html`, page(`<hms-course-list locale="en">${inline}</hms-course-list>`, '/cdn/hms-widgets.js'));
    const measure = (file) => async () => {
      const tab = await ctx.browser.newPage();
      await tab.setCacheEnabled(false);
      await tab.goto(`${ctx.origin}/${file}`, { waitUntil: 'load' });
      await tab.evaluate(async () => {
        await customElements.whenDefined('hms-course-list');
        const list = document.querySelector('hms-course-list');
        while (!list.shadowRoot?.querySelector('hms-course-card:not([defer-hydration])')?.shadowRoot?.querySelector('a[part~="title-link"]')) await new Promise(requestAnimationFrame);
        await list.updateComplete;
        await new Promise(requestAnimationFrame);
        // The paint timing entry lands after its frame is presented, a frame or more after the
        // content: a list whose cards all come in its first render is done before it.
        for (let i = 0; i < 300 && performance.getEntriesByName('first-contentful-paint').length === 0; i += 1) await new Promise(requestAnimationFrame);
      });
      const result = await tab.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        titles: window.paints.titles,
        cls: window.paints.cls,
      }));
      await tab.close();
      return result;
    };
    ctx.log('server-rendered course list against the client-only embed');
    const pairs = await abbaPairs(measure('ssr.html'), measure('client.html'), ctx.runs, 1);
    const side = (i, key) => ctx.interval(pairs.map((pair) => pair[i][key]));
    return {
      fcp: { ssr: side(0, 'fcp'), client: side(1, 'fcp'), ratio: ctx.interval(pairRatios(pairs.map(([a, b]) => [a.fcp, b.fcp]))) },
      titles: { ssr: side(0, 'titles'), client: side(1, 'titles'), ratio: ctx.interval(pairRatios(pairs.map(([a, b]) => [a.titles, b.titles]))) },
      cls: { ssr: Math.max(...pairs.map((p) => p[0].cls)), client: Math.max(...pairs.map((p) => p[1].cls)) },
      pairs: pairs.length,
    };
  },
  rows(r) {
    const ms = (i) => `${i.median.toFixed(1)} ms [${i.lo.toFixed(1)}–${i.hi.toFixed(1)}]`;
    const ratio = (i) => `${i.median.toFixed(2)} [${i.lo.toFixed(2)}–${i.hi.toFixed(2)}]`;
    return [
      [`First contentful paint: server-rendered course list (hydrated) vs client-only embed, same page (${r.pairs} pairs)`, ms(r.fcp.ssr), ms(r.fcp.client), ratio(r.fcp.ratio), ''],
      ['Course titles on screen (the frame that shows the first title link, visible), same pages', ms(r.titles.ssr), ms(r.titles.client), ratio(r.titles.ratio), ''],
      ['Layout shift until interactive (worst run), same pages', r.cls.ssr.toFixed(3), r.cls.client.toFixed(3), '', ''],
    ];
  },
};
