// The benchmark's statistics (scripts/bench/stats.mjs): the numbers the budgets are judged on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { abbaPairs, median, medianInterval, pairRatios, quantile, seededRandom, straddles } from '../../scripts/bench/stats.mjs';

test('median of odd and even counts', () => {
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.ok(Number.isNaN(median([])));
});

test('quantile interpolates between neighbours', () => {
  assert.equal(quantile([0, 10], 0.25), 2.5);
  assert.equal(quantile([1, 2, 3], 1), 3);
});

test('the bootstrap interval holds the median, and narrows with more samples of the same spread', () => {
  const random = seededRandom(7);
  const draw = (n) => Array.from({ length: n }, () => 1.3 + (random() - 0.5) * 0.4);
  const few = medianInterval(draw(7));
  const many = medianInterval(draw(63));
  for (const i of [few, many]) assert.ok(i.lo <= i.median && i.median <= i.hi, JSON.stringify(i));
  assert.ok(many.hi - many.lo < few.hi - few.lo, `${many.hi - many.lo} < ${few.hi - few.lo}`);
  assert.ok(many.lo > 1.1 && many.hi < 1.5);
});

test('the same samples give the same interval (seeded)', () => {
  const values = [1.2, 1.5, 1.3, 1.41, 1.38, 1.29, 1.6];
  assert.deepEqual(medianInterval(values), medianInterval(values));
});

test('pairs run in ABBA order and keep a with a', async () => {
  const order = [];
  let tick = 0;
  const a = async () => (order.push('a'), `a${(tick += 1)}`);
  const b = async () => (order.push('b'), `b${(tick += 1)}`);
  const pairs = await abbaPairs(a, b, 4, 1);
  assert.equal(order.join(''), 'ab' + 'ab' + 'ba' + 'ab' + 'ba');
  for (const [x, y] of pairs) assert.ok(x.startsWith('a') && y.startsWith('b'));
});

test('per-pair ratios and straddling', () => {
  assert.deepEqual(pairRatios([[3, 2], [1, 4]]), [1.5, 0.25]);
  assert.equal(straddles({ lo: 1.4, hi: 1.6 }, 1.5), true);
  assert.equal(straddles({ lo: 1.2, hi: 1.45 }, 1.5), false);
  assert.equal(straddles({ lo: 1.55, hi: 1.7 }, 1.5), false);
});
