// npm run fuzz [-- --seed N] [-- --count 100000]: the catalog properties of test/fuzz/catalog-properties.mjs
// over many more documents than `npm test` runs. Prints the seed first, so any run can be replayed.
import { parseArgs } from 'node:util';
import { fuzzCatalogs } from '../test/fuzz/catalog-properties.mjs';

const { values } = parseArgs({ options: { seed: { type: 'string' }, count: { type: 'string' }, path: { type: 'string' } } });
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const count = Number(values.count ?? 50_000);
console.error(`fuzz: seed ${seed}, ${count} documents`);
const began = performance.now();
fuzzCatalogs({ seed, count, path: values.path });
console.error(`fuzz: ${count} documents passed in ${((performance.now() - began) / 1000).toFixed(1)} s`);
