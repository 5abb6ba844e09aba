// Writes a generated catalog as JSON.
//   npm run generate-catalog -- --courses 10000 --seed 1 --out bench/catalog-10000.json
//   npm run generate-catalog -- --sample      (rewrites demo/catalog.json, the embedded sample, and its demo/images/)
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateCatalog } from './catalog-generator.js';
import { termId } from './catalog-translations.js';
import { POST_IMAGES, PROGRAM_IMAGES, sampleSvg, TOPIC_IMAGES } from './sample-images.js';

const { values } = parseArgs({
  options: {
    courses: { type: 'string', default: '48' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    sample: { type: 'boolean', default: false },
  },
});

const options = values.sample ? { courses: 48, seed: 1782, images: true } : { courses: Number(values.courses), seed: Number(values.seed) };
if (!Number.isInteger(options.courses) || options.courses < 0 || !Number.isInteger(options.seed)) {
  console.error('Usage: generate-catalog [--courses N] [--seed S] [--out FILE] [--sample]');
  process.exit(2);
}
const json = `${JSON.stringify(generateCatalog(options), null, values.sample ? 2 : 0)}\n`;
const out = values.sample ? 'demo/catalog.json' : values.out;
if (values.sample) writeImages('demo/images/');
if (out) {
  writeFileSync(out, json);
  console.error(`Wrote ${options.courses} courses (seed ${options.seed}) to ${out}`);
} else {
  process.stdout.write(json);
}

/** The sample's images, every file the catalog names and no other. */
function writeImages(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(dir)) if (file.endsWith('.svg')) rmSync(`${dir}${file}`);
  let seed = 0;
  const write = (name: string, [motif, palette]: Parameters<typeof sampleSvg>) => writeFileSync(`${dir}${name}.svg`, sampleSvg(motif, palette, (seed += 7)));
  for (const [topic, image] of Object.entries(TOPIC_IMAGES)) write(`topic-${termId(topic)}`, image);
  for (const [id, image] of Object.entries(PROGRAM_IMAGES)) write(`program-${id}`, image);
  for (const [id, image] of Object.entries(POST_IMAGES)) write(`post-${id}`, image);
  console.error(`Wrote the sample images to ${dir}`);
}
