// Writes a generated catalog as JSON.
//   npm run generate-catalog -- --courses 10000 --seed 1 --out bench/catalog-10000.json
//   npm run generate-catalog -- --sample      (rewrites demo/catalog.json, the embedded sample)
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateCatalog } from './catalog-generator.js';

const { values } = parseArgs({
  options: {
    courses: { type: 'string', default: '48' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    sample: { type: 'boolean', default: false },
  },
});

const options = values.sample ? { courses: 48, seed: 1782 } : { courses: Number(values.courses), seed: Number(values.seed) };
if (!Number.isInteger(options.courses) || options.courses < 0 || !Number.isInteger(options.seed)) {
  console.error('Usage: generate-catalog [--courses N] [--seed S] [--out FILE] [--sample]');
  process.exit(2);
}
const json = `${JSON.stringify(generateCatalog(options), null, values.sample ? 2 : 0)}\n`;
const out = values.sample ? 'demo/catalog.json' : values.out;
if (out) {
  writeFileSync(out, json);
  console.error(`Wrote ${options.courses} courses (seed ${options.seed}) to ${out}`);
} else {
  process.stdout.write(json);
}
