/* global window -- used inside page.evaluate, which runs in the browser */
// The calendar's row of `npm run bench` (issue 22): a month of a 10,000-course catalog's sessions in
// <hms-course-calendar>, and the longest task while it loads and paints (bench/bench.ts, calendarMonth).

/** @type {import('./types.mjs').BenchSection} */
export const calendarSection = {
  name: 'calendar',
  notes: [
    'Calendar month: <hms-course-calendar> given a fresh copy of the 10,000-course catalog (validated in slices), showing the month in which most sessions start, from append to painted; the longest task (Long Tasks API) of that window, over the runs.',
  ],
  async measure(ctx) {
    ctx.log('calendar: a month of 10,000 courses');
    const page = await ctx.openBenchPage([10000]);
    const runs = [];
    try {
      for (let run = 0; run < ctx.runs; run += 1) runs.push(await page.evaluate(() => window.hmsBench.calendarMonth(10000)));
    } finally {
      await page.close();
    }
    const longest = runs.map((run) => run.longest);
    return {
      month: runs[0].month,
      sessions: runs[0].sessions,
      longest: { ...ctx.interval(longest), worst: Math.max(...longest) },
      wall: ctx.interval(runs.map((run) => run.wall)),
    };
  },
  rows(result, ctx) {
    return [
      [
        `Calendar: a month of 10,000 courses (${result.month}, ${result.sessions} sessions), longest task`,
        `median ${result.longest.median.toFixed(1)} ms, worst ${result.longest.worst.toFixed(1)} ms (append to painted: median ${result.wall.median.toFixed(1)} ms)`,
        '',
        '',
        ctx.budgetCell('calendar', 'longest', 'worst'),
      ],
    ];
  },
};
