// Sections that other modules add to `npm run bench` (docs/benchmark.md, "Adding a section").
// Each is an object { name, cdn?, notes?, measure(ctx), rows(result, ctx) }: import it here and
// append it to the array; `--only <name>` then selects it, its result lands in
// bench/results.json under `name`, and bench/budgets.json can budget any number in it.
import { calendarSection } from './calendar.mjs';
import { pageLoadSection } from './page-load.mjs';
import { ssrSection } from './ssr.mjs';

/** @type {import('./types.mjs').BenchSection[]} */
export const extraSections = [pageLoadSection, ssrSection, calendarSection];
