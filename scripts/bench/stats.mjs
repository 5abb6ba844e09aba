// The benchmark's statistics (issue 25): ABBA order, the median of per-pair ratios, and a bootstrap
// confidence interval of a median. Plain functions, tested in test/node/bench-stats.test.mjs.

/** The median of numbers (the mean of the two middle ones for an even count). */
export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The q-quantile (0..1) of sorted numbers, interpolated linearly between neighbours. */
export function quantile(sorted, q) {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

/** A small seeded generator (mulberry32), so an interval is the same for the same samples. */
export function seededRandom(seed = 1) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The median of `values` and its percentile bootstrap interval: `resamples` resamplings with
 * replacement, the median of each, and the (1 - level) / 2 and (1 + level) / 2 quantiles of those.
 * @returns {{ median: number, lo: number, hi: number, n: number, level: number }}
 */
export function medianInterval(values, { level = 0.95, resamples = 4000, seed = 1 } = {}) {
  const n = values.length;
  if (n === 0) return { median: NaN, lo: NaN, hi: NaN, n, level };
  const random = seededRandom(seed);
  const medians = new Float64Array(resamples);
  const sample = new Array(n);
  for (let r = 0; r < resamples; r += 1) {
    for (let i = 0; i < n; i += 1) sample[i] = values[Math.floor(random() * n)];
    medians[r] = median(sample);
  }
  medians.sort();
  return { median: median(values), lo: quantile(medians, (1 - level) / 2), hi: quantile(medians, (1 + level) / 2), n, level };
}

/** Per-pair ratios a / b of paired samples ([a, b] each). */
export const pairRatios = (pairs) => pairs.map(([a, b]) => a / b);

/**
 * Runs `count` pairs of `a` and `b` in ABBA order (a b, b a, a b, ...), so neither side always runs
 * first (after the other's garbage, in a warmer or colder machine), after `warmups` pairs not kept.
 * @returns {Promise<[unknown, unknown][]>} one [a's result, b's result] per pair
 */
export async function abbaPairs(a, b, count, warmups = 0) {
  for (let i = 0; i < warmups; i += 1) {
    const [first, second] = i % 2 === 0 ? [a, b] : [b, a];
    await first();
    await second();
  }
  const pairs = [];
  for (let i = 0; i < count; i += 1) {
    if (i % 2 === 0) {
      const x = await a();
      pairs.push([x, await b()]);
    } else {
      const y = await b();
      pairs.push([await a(), y]);
    }
  }
  return pairs;
}

/** True when an interval has the limit strictly inside it: more runs may move its bound across. */
export const straddles = ({ lo, hi }, limit) => lo <= limit && limit < hi;
