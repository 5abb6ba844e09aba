// Seeded catalog fuzzing, a few thousand documents per run (test/fuzz/catalog-properties.mjs says
// what is checked). A failure prints fast-check's seed and path: `npm run fuzz -- --seed <seed>`
// replays the run. FUZZ_SEED sets the seed here too.
import { test } from 'node:test';
import { fuzzCatalogs } from '../fuzz/catalog-properties.mjs';

test('fuzzed catalogs: the validator never throws, is idempotent, and its .ics and JSON-LD parse', () => {
  const seed = process.env.FUZZ_SEED === undefined ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED);
  try {
    fuzzCatalogs({ seed, count: 2000 });
  } catch (error) {
    error.message = `seed ${seed} (FUZZ_SEED=${seed} or npm run fuzz -- --seed ${seed}):\n${error.message}`;
    throw error;
  }
});
