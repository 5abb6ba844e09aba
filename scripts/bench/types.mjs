// Types of the benchmark's sections (JSDoc only; nothing runs here).

/**
 * @typedef {object} BenchContext
 * @property {import('puppeteer-core').Browser} browser - the headless Chromium of the run
 * @property {string} origin - the loopback server of bench/.build/site (the bench page, five.html, cdn/, catalog.json)
 * @property {number} runs - timed runs (pairs, for comparisons) per series; at least 7
 * @property {number[]} renderSizes - catalog sizes of --courses
 * @property {boolean} long - --long: add the long series (10,000 courses, all pages)
 * @property {(message: string) => void} log - progress on stderr
 * @property {(sizes: number[], options?: { isolated?: boolean }) => Promise<import('puppeteer-core').Page>} openBenchPage - a new tab on the bench page, catalogs of `sizes` generated; `isolated`: in a browser context of its own (its own renderer process and heap), closed with the tab
 * @property {(...path: string[]) => object | undefined} budgetAt - the bench/budgets.json entry of a metric path
 * @property {Record<string, {gzip: number, brotli: number, raw: number}>} size - the CDN bundles built for this run
 * @property {(values: number[]) => {median: number, lo: number, hi: number, n: number}} interval - median with its 95% bootstrap interval
 */

/**
 * @typedef {object} BenchSection
 * @property {string} name - what `--only` names; the key of its result in bench/results.json and of its budgets' metric paths
 * @property {'full' | 'all'} [cdn] - CDN bundles it needs built into cdn/: the full one, or every entry
 * @property {string[]} [notes] - what its rows time, copied into bench/results.json
 * @property {(ctx: BenchContext) => Promise<object>} measure - runs the measurements; returns the section's result
 * @property {(result: object, ctx: BenchContext & { budgetCell: (...path: string[]) => string }) => string[][]} rows - table rows: [measure, widget, baseline, ratio, budget]
 */

export {};
