// Seeded catalog fuzzing (issue 27) with fast-check: documents shaped like catalogs, whose every
// field may be a good value, a hostile string (controls, line breaks, bidi, surrogates, markup) or
// any JSON value at all, and lists that may run past the format's limits. Shared by the Node test
// (test/node/fuzz.test.mjs, a few thousand documents per `npm test`) and `npm run fuzz` (longer runs).
// fast-check prints the seed and the path of a failing document, so `npm run fuzz -- --seed N`
// replays it.
import fc from 'fast-check';
import { tsImport } from 'tsx/esm/api';
import { catalogDocument } from './catalog-arbitrary.mjs';

const { validateCatalog, validateFirstCourses, LIST_LIMITS } = await tsImport('../../src/catalog/validate.ts', import.meta.url);
const { firstStart, queryCourses } = await tsImport('../../src/catalog/course-query.ts', import.meta.url);
const { courseToIcs } = await tsImport('../../src/catalog/ics.ts', import.meta.url);
const { courseListJsonLd, serializeJsonLd } = await tsImport('../../src/catalog/structured-data.ts', import.meta.url);

const BASE = 'https://catalog.example.org/hms/catalog.json';

export { catalogDocument };

// eslint-disable-next-line no-control-regex
const ICS_FORBIDDEN = /[\u0000-\u0008\u000A-\u001F\u007F\u0085\u2028\u2029]/;

/** Checks one document; throws (an assertion) when a property fails. */
export function checkDocument(doc) {
  let result;
  try {
    result = validateCatalog(doc, { baseUrl: BASE });
  } catch (error) {
    // Only a document that is not a v1 catalog as a whole may be refused, with the schema error
    // (tsImport loads errors.ts once per import, so the error is known by its kind).
    if (error?.kind === 'schema' && (doc === null || typeof doc !== 'object' || Array.isArray(doc) || doc.version !== 1)) return;
    throw error;
  }
  const { catalog } = result;
  for (const course of catalog.courses) {
    for (const key of ['sessions', 'topics', 'credits', 'audience', 'directors']) if (course[key].length > LIST_LIMITS[key]) throw new Error(`${key} past its limit`);
  }
  // Idempotent: what the validator gives back validates again to the same catalog, with nothing to report.
  const again = validateCatalog(JSON.parse(JSON.stringify(catalog)), { baseUrl: BASE });
  if (JSON.stringify(again.catalog) !== JSON.stringify(catalog)) throw new Error(`not idempotent:\n${JSON.stringify(catalog)}\n${JSON.stringify(again.catalog)}`);
  if (again.issues.length > 0) throw new Error(`a validated catalog has issues: ${JSON.stringify(again.issues)}`);
  // Every .ics parses line by line: CRLF only, no other break or control, folded at 75 octets, one event per session.
  for (const course of catalog.courses) {
    const ics = courseToIcs(course, { now: new Date('2026-11-25T10:00:00Z') });
    if (course.sessions.length === 0) {
      if (ics !== undefined) throw new Error('an .ics for a course without sessions');
      continue;
    }
    if (!ics.endsWith('\r\n')) throw new Error('.ics does not end in CRLF');
    const lines = ics.slice(0, -2).split('\r\n');
    for (const line of lines) {
      if (ICS_FORBIDDEN.test(line)) throw new Error(`.ics line with a control or break: ${JSON.stringify(line)}`);
      if (new TextEncoder().encode(line).length > 75) throw new Error(`.ics line over 75 octets: ${JSON.stringify(line)}`);
    }
    const unfolded = lines.filter((line) => !line.startsWith(' '));
    if (unfolded.filter((line) => line === 'BEGIN:VEVENT').length !== course.sessions.length) throw new Error('.ics events are not one per session');
    if (unfolded.some((line) => !/^[A-Z-]+[:;]/.test(line))) throw new Error(`.ics line that is no property: ${unfolded.find((line) => !/^[A-Z-]+[:;]/.test(line))}`);
  }
  checkFirstCourses(doc, catalog, 1);
  checkFirstCourses(doc, catalog, 3);
  // JSON-LD parses back, and no text can close its script element.
  const jsonLd = serializeJsonLd(courseListJsonLd(catalog.courses, catalog));
  if (jsonLd.includes('<')) throw new Error('JSON-LD holds "<"');
  JSON.parse(jsonLd);
}

/**
 * A list's first screen drawn before the whole validation (validateFirstCourses, asked for `count`
 * courses) shows what the whole catalog would: its courses in start order are the whole catalog's
 * first ones in that order, read the same, with every course tied with its last and no fewer than
 * `count` (or all there are); its sections are the whole catalog's. It may decline (undefined).
 */
export function checkFirstCourses(doc, catalog, count) {
  const first = validateFirstCourses(doc, count, { baseUrl: BASE });
  if (first === undefined) return false;
  const order = queryCourses(catalog.courses, {}, 'start-date', 'en', catalog.topics);
  const shown = queryCourses(first.courses, {}, 'start-date', 'en', first.topics);
  if (shown.length < Math.min(count, order.length)) throw new Error(`first screen of ${count}: ${shown.length} of ${order.length} courses`);
  const expected = JSON.stringify(order.slice(0, shown.length));
  if (JSON.stringify(shown) !== expected) throw new Error(`first screen of ${count} differs:\n${JSON.stringify(shown)}\n${expected}`);
  const next = order[shown.length];
  if (next && firstStart(next) === firstStart(shown.at(-1))) throw new Error(`first screen of ${count} leaves out a tie: ${next.id}`);
  for (const key of ['version', 'notice', 'organization', 'mission', 'divisions', 'language', 'topics', 'audiences']) {
    if (JSON.stringify(first[key]) !== JSON.stringify(catalog[key])) throw new Error(`first screen: ${key} differs`);
  }
  return true;
}

/** Runs the properties over `count` documents from `seed`; fast-check's error names the seed and path to replay. */
export function fuzzCatalogs({ seed, count, path }) {
  fc.assert(fc.property(catalogDocument, (doc) => checkDocument(doc)), { seed, numRuns: count, path, endOnFailure: false });
}
