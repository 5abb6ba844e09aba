// A course list's first screen drawn from the first courses in start order, before the rest of the
// catalog is validated (validateFirstCourses, issue 17): the same courses, in the same order, read
// the same as the whole validation gives them, on generated catalogs and on the cases that make the
// two differ if the shortcut is wrong (bad sessions, repeated ids, ties, on-demand courses).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tsImport } from 'tsx/esm/api';
import { checkFirstCourses } from '../fuzz/catalog-properties.mjs';

const { validateCatalog, validateFirstCourses } = await tsImport('../../src/catalog/validate.ts', import.meta.url);
const { generateCatalog } = await tsImport('../../scripts/catalog-generator.ts', import.meta.url);

const BASE = 'https://catalog.example.org/hms/catalog.json';
const check = (doc, count) => checkFirstCourses(doc, validateCatalog(structuredClone(doc), { baseUrl: BASE }).catalog, count);

test('generated catalogs: the first screen is the whole catalog\'s first courses, for several sizes and counts', () => {
  for (const [courses, seed] of [[300, 1], [1000, 1], [1000, 2], [2000, 5]]) {
    const doc = generateCatalog({ courses, seed });
    for (const count of [1, 6, 12, 24]) assert.equal(check(doc, count), true, `${courses} courses, seed ${seed}, ${count} shown`);
  }
});

const course = (id, starts, extra = {}) => ({
  id,
  title: `Course ${id}`,
  division: 'global-academy',
  modality: 'live',
  status: 'open',
  sessions: starts.map((start) => ({ start, timeZone: 'America/New_York' })),
  ...extra,
});

test('a course whose session the validator rejects is passed over, as the validator drops it', () => {
  const doc = {
    version: 1,
    courses: [
      course('late', ['2027-05-01T09:00:00-04:00']),
      course('bad-session', ['2027-01-01T09:00:00-05:00', 'next Tuesday']),
      // A date without a time and offset: Date.parse takes it, the validator does not.
      course('date-only', ['2026-12-24']),
      course('bad-field', ['2027-01-02T09:00:00-05:00'], { modality: 'telepathy' }),
      course('early', ['2027-03-01T09:00:00-05:00', '2027-02-01T09:00:00-05:00']),
    ],
  };
  const first = validateFirstCourses(doc, 1, { baseUrl: BASE });
  assert.deepEqual(first.courses.map((c) => c.id), ['early']);
  assert.equal(check(doc, 1), true);
  assert.equal(check(doc, 2), true);
});

test('ties with the last course shown are all read (their order goes by title); on-demand courses come last', () => {
  const doc = {
    version: 1,
    courses: [
      course('z', ['2027-01-01T09:00:00-05:00'], { title: 'Zebra' }),
      course('on-demand', []),
      course('a', ['2027-01-01T09:00:00-05:00'], { title: 'Aardvark' }),
      course('m', ['2027-01-01T14:00:00Z'], { title: 'Mole' }),
      course('first', ['2026-12-01T09:00:00-05:00']),
    ],
  };
  assert.deepEqual(validateFirstCourses(doc, 2).courses.map((c) => c.id), ['z', 'a', 'm', 'first']);
  for (const count of [1, 2, 4, 5, 9]) assert.equal(check(doc, count), true, `${count} shown`);
});

test('declines when the shortcut could differ: a repeated id, no valid course, not a catalog, a tie longer than four screens', () => {
  const repeated = { version: 1, courses: [course('x', ['2027-06-01T09:00:00-04:00']), course('x', ['2027-01-01T09:00:00-05:00'])] };
  assert.equal(validateFirstCourses(repeated, 1), undefined);
  assert.equal(validateFirstCourses({ version: 1, courses: [course('bad', ['soon'])] }, 3), undefined);
  assert.equal(validateFirstCourses({ version: 2, courses: [course('a', [])] }, 3), undefined);
  assert.equal(validateFirstCourses({ version: 1, courses: {} }, 3), undefined);
  assert.equal(validateFirstCourses(null, 3), undefined);
  const onDemand = { version: 1, courses: Array.from({ length: 20 }, (_, i) => course(`d${i}`, [])) };
  assert.equal(validateFirstCourses(onDemand, 4), undefined);
  assert.equal(validateFirstCourses(onDemand, 5).courses.length, 20);
  assert.equal(check(onDemand, 5), true);
});

test('the catalog\'s sections come with the first screen, and a catalog language marks its courses', async () => {
  const { textLanguage } = await tsImport('../../src/catalog/localize.ts', import.meta.url);
  const doc = generateCatalog({ courses: 300, seed: 3 });
  doc.language = 'es';
  const first = validateFirstCourses(doc, 3, { baseUrl: BASE });
  assert.equal(check(doc, 3), true);
  const plain = first.courses.find((c) => !c.language);
  if (plain) assert.equal(textLanguage(plain), 'es');
});
