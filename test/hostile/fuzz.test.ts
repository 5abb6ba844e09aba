// Issue 27: seeded catalog fuzzing in the browser. Every widget renders fuzzed catalogs (given as
// the `catalog` property: what a partner's code passes); nothing may throw or reach the page
// uncaught, no payload may run, and the DOM may hold no handler attribute, script or unsafe link.
// The validator's own properties run over thousands of documents in test/node/fuzz.test.mjs. A
// failure names its seed: set it in FUZZ_SEED below (or the URL's ?fuzz-seed=) to replay.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import { WIDGETS } from '../../src/widgets.js';
import { catalogDocument } from '../fuzz/catalog-arbitrary.mjs';
import { capturingWarnings } from '../helpers.js';
import { pageFailures, pwned, unsafeDom } from './safety.js';

const TAGS = Object.keys(WIDGETS).filter((tag) => tag !== 'hms-catalog');
const FUZZ_SEED: number | undefined = undefined;

/** Renders every widget on one catalog object and waits until each has loaded or failed. */
async function renderAll(catalog: unknown): Promise<HTMLElement> {
  const stage = document.createElement('div');
  const settled = new Set<EventTarget>();
  const done = new Promise<void>((resolve) => {
    const onSettle = (event: Event) => {
      settled.add(event.composedPath()[0]);
      if (settled.size === TAGS.length) resolve();
    };
    stage.addEventListener('hms-load', onSettle);
    stage.addEventListener('hms-error', onSettle);
  });
  document.body.append(stage);
  for (const tag of TAGS) {
    const el = document.createElement(tag) as HTMLElement & { catalog?: unknown };
    if (tag === 'hms-course-list') el.setAttribute('structured-data', '');
    el.catalog = catalog;
    stage.append(el);
  }
  await done;
  return stage;
}

describe('fuzzed catalogs in every widget (issue 27)', function () {
  this.timeout(60_000);

  it('render without an exception, an uncaught error, a running payload or an unsafe node', async () => {
    const seed = FUZZ_SEED ?? (Date.now() % 2 ** 31);
    const samples = fc.sample(catalogDocument, { seed, numRuns: 40 });
    for (const [index, doc] of samples.entries()) {
      // A document that is not an object is no catalog a widget would be given; the corpus covers those.
      if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) continue;
      // The catalog warnings are expected (the documents are bad on purpose) and kept out of the log.
      const { result: watched } = await capturingWarnings(() => pageFailures(() => renderAll(doc)));
      const { result: stage, failures } = watched;
      const where = `seed ${seed}, document ${index}: ${JSON.stringify(doc).slice(0, 300)}`;
      try {
        expect(failures, where).to.deep.equal([]);
        expect(unsafeDom(stage), where).to.deep.equal([]);
        expect(pwned(), where).to.equal(undefined);
      } finally {
        stage.remove();
      }
    }
  });
});
