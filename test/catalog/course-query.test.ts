import { expect } from '@open-wc/testing';
import {
  allFacetCounts,
  COURSE_FACETS,
  coursesMatching,
  facetCounts,
  firstStart,
  prepareSearchText,
  queryCourses,
  type CourseFacet,
  type CourseFilters,
} from '../../src/catalog/course-query.js';
import { generateCatalog } from '../../scripts/catalog-generator.js';
import { foldForSearch, SEARCH_MAX_LENGTH, SEARCH_MAX_TERMS, searchTerms } from '../../src/catalog/search.js';
import type { Course } from '../../src/catalog/types.js';
import { validateCatalog } from '../../src/catalog/validate.js';
import { sampleCatalog } from '../helpers.js';

const course = (id: string, extra: Partial<Course> = {}): Course => ({
  id,
  title: id,
  summary: '',
  division: 'global-academy',
  modality: 'online',
  accredited: false,
  credits: [],
  topics: [],
  audience: [],
  status: 'open',
  sessions: [],
  directors: [],
  ...extra,
});
const session = (start: string) => ({ start, timeZone: 'America/New_York', online: true });

describe('course search, filters and sorting', () => {
  describe('search is case- and accent-insensitive and looks in title, summary, topics and directors', () => {
    const courses = [
      course('a', { title: 'Médecine tropicale' }),
      course('b', { summary: 'Heart FAILURE update' }),
      course('c', { topics: ['Cardiología'] }),
      course('d', { directors: ['José Núñez, MD'] }),
      course('e', { title: 'Unrelated' }),
    ];
    const ids = (q: string) => queryCourses(courses, { q }).map((c) => c.id);

    it('"Médecine" finds "medecine" and the other way round', () => {
      expect(foldForSearch('Médecine')).to.equal('medecine');
      expect(ids('medecine')).to.deep.equal(['a']);
      expect(ids('MÉDECINE')).to.deep.equal(['a']);
    });
    it('matches summary, topics and directors', () => {
      expect(ids('heart failure')).to.deep.equal(['b']);
      expect(ids('cardiologia')).to.deep.equal(['c']);
      expect(ids('nunez')).to.deep.equal(['d']);
    });
    it('folds plain ASCII text the same way as accented text (lower case, one space between words)', () => {
      expect(foldForSearch('  Heart\tFAILURE \n Update ')).to.equal('heart failure update');
      expect(foldForSearch('  Heart\tFAILURE \n Médecine ')).to.equal('heart failure medecine');
    });
    it('a search made after the first render finds text of courses it has not searched before', () => {
      const more = [course('x', { title: 'Pediatric Sleep' }), course('y', { summary: 'Sleep medicine' })];
      expect(queryCourses(more, {}).map((c) => c.id)).to.have.members(['x', 'y']);
      expect(queryCourses(more, { q: 'sleep' }).map((c) => c.id)).to.have.members(['x', 'y']);
      expect(queryCourses(more, { q: 'pediatric' }).map((c) => c.id)).to.deep.equal(['x']);
    });
    it('every word must match, in any order', () => {
      expect(ids('update heart')).to.deep.equal(['b']);
      expect(ids('heart tropicale')).to.deep.equal([]);
    });
    it('an empty search matches everything', () => {
      expect(ids('   ')).to.have.length(courses.length);
    });
    it("a host's own huge q is searched as the search box would take it: 200 characters, 20 terms, each once", () => {
      // 200 characters: 33 times "heart " and "he".
      expect(searchTerms(`${'heart '.repeat(200_000)}failure`)).to.deep.equal(['heart', 'he']);
      const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
      expect(searchTerms(words.join(' '))).to.deep.equal(words.slice(0, SEARCH_MAX_TERMS));
      expect(searchTerms(`${'x'.repeat(SEARCH_MAX_LENGTH - 1)} failure`)).to.deep.equal(['x'.repeat(SEARCH_MAX_LENGTH - 1)]);
      expect(searchTerms('Médecine MEDECINE medecine')).to.deep.equal(['medecine']);
      // Only "heart" and "he" are searched, so the course with "heart" in its summary is found.
      expect(ids(`${'heart '.repeat(200_000)}tropicale`)).to.deep.equal(['b']);
    });
  });

  describe('filters', () => {
    it('each preset filter keeps only matching courses, and they combine', async () => {
      const { catalog } = validateCatalog(await sampleCatalog());
      const all = catalog.courses;
      const cases: [Parameters<typeof queryCourses>[1], (c: Course) => boolean][] = [
        [{ division: 'continuing-education' }, (c) => c.division === 'continuing-education'],
        [{ modality: 'live' }, (c) => c.modality === 'live'],
        [{ accredited: false }, (c) => !c.accredited],
        [{ topic: 'cardiology' }, (c) => c.topics.includes('cardiology')],
        [{ language: 'es' }, (c) => c.language === 'es'],
        [{ status: 'on-demand' }, (c) => c.status === 'on-demand'],
        [{ modality: 'live', accredited: true }, (c) => c.modality === 'live' && c.accredited],
      ];
      for (const [filters, predicate] of cases) {
        const expected = all.filter(predicate).map((c) => c.id).sort();
        expect(expected.length, JSON.stringify(filters)).to.be.greaterThan(0);
        expect(queryCourses(all, filters).map((c) => c.id).sort(), JSON.stringify(filters)).to.deep.equal(expected);
      }
    });

    it('facet counts give, for each value in the data, the matches with the other filters applied', async () => {
      const { catalog } = validateCatalog(await sampleCatalog());
      const filters = { modality: 'live' as const };
      const counts = facetCounts(catalog.courses, filters, 'division');
      for (const [division, count] of counts) {
        expect(count, division).to.equal(catalog.courses.filter((c) => c.modality === 'live' && c.division === division).length);
      }
      // a facet ignores its own filter, so every modality keeps its count
      const modalities = facetCounts(catalog.courses, filters, 'modality');
      for (const [modality, count] of modalities) expect(count).to.equal(catalog.courses.filter((c) => c.modality === modality).length);
    });
  });

  describe('facet counts agree with counting course by course', () => {
    const { catalog } = validateCatalog(generateCatalog({ courses: 400, seed: 7 }));
    const all = catalog.courses;
    const facets = ['division', 'modality', 'topic', 'accredited', 'language', 'status'] as CourseFacet[];
    const valuesOf = (c: Course, facet: CourseFacet): string[] =>
      facet === 'topic' ? c.topics : facet === 'accredited' ? [String(c.accredited)] : c[facet] === undefined ? [] : [c[facet] as string];
    /** The slow, obvious count: for each value in the data, the courses matching every other filter and having it. */
    const reference = (filters: CourseFilters, facet: CourseFacet) => {
      const counts = new Map<string, number>();
      for (const c of all) for (const value of valuesOf(c, facet)) counts.set(value, 0);
      const others = { ...filters, [facet]: undefined };
      const matching = new Set(queryCourses(all, others));
      for (const c of all) if (matching.has(c)) for (const value of valuesOf(c, facet)) counts.set(value, counts.get(value)! + 1);
      return Object.fromEntries([...counts].sort());
    };
    const topic = all[0].topics[0];
    const cases: CourseFilters[] = [
      {},
      { q: 'cardio' },
      { q: 'zzzz-nothing' },
      { modality: 'live' },
      { modality: 'live', division: 'continuing-education' },
      { modality: 'online', accredited: true, q: 'care' },
      { topic, language: 'es' },
      { topic, modality: 'rss', accredited: false, status: 'open' },
    ];
    for (const filters of cases) {
      it(`with ${JSON.stringify(filters)}`, () => {
        const counted = allFacetCounts(all, filters, facets);
        for (const facet of facets) {
          expect(Object.fromEntries([...counted.get(facet)!].sort()), facet).to.deep.equal(reference(filters, facet));
        }
      });
    }
    it('lists every facet', () => expect([...allFacetCounts(all, {}, COURSE_FACETS).keys()]).to.deep.equal([...COURSE_FACETS]));
  });

  describe('matching courses without an order (a calendar places them by date itself)', () => {
    const { catalog } = validateCatalog(generateCatalog({ courses: 400, seed: 7 }));
    const all = catalog.courses;
    const topic = all[0].topics[0];
    const label = catalog.topics?.find((term) => term.id === topic)?.label;
    const cases: CourseFilters[] = [{}, { q: 'cardio' }, { modality: 'live', accredited: true }, { topic, language: 'es' }, { topic: label }, { q: 'care', status: 'open' }];
    for (const filters of cases) {
      it(`the same courses as the sorted query, in catalog order, with ${JSON.stringify(filters)}`, () => {
        const matching = coursesMatching(all, filters, catalog.topics);
        expect(matching.length).to.be.greaterThan(0);
        const positions = matching.map((c) => all.indexOf(c));
        expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
        const sorted = queryCourses(all, filters, 'start-date', 'en', catalog.topics);
        expect(matching.map((c) => c.id).sort()).to.deep.equal(sorted.map((c) => c.id).sort());
      });
    }
  });

  describe('search text made ahead of the first search, a slice at a time', () => {
    it('stops when told to, resumes where it stopped, and searches find the same courses', () => {
      const { catalog } = validateCatalog(generateCatalog({ courses: 200, seed: 3 }));
      const copy = validateCatalog(generateCatalog({ courses: 200, seed: 3 })).catalog;
      let slices = 1;
      while (!prepareSearchText(catalog.courses, () => true)) slices += 1;
      expect(slices).to.equal(200);
      expect(prepareSearchText(catalog.courses, () => true)).to.equal(true);
      const ids = (courses: readonly Course[], q: string) => queryCourses(courses, { q }).map((c) => c.id);
      for (const q of ['cardio', 'care update', 'zzz']) expect(ids(catalog.courses, q), q).to.deep.equal(ids(copy.courses, q));
    });
  });

  describe('sorting', () => {
    const courses = [
      course('on-demand', { title: 'Zeta', credits: [{ type: 'AMA', amount: 1 }], updated: '2026-01-01' }),
      course('late', { title: 'Alpha', sessions: [session('2027-05-01T09:00:00-04:00')], credits: [{ type: 'AMA', amount: 30 }], updated: '2026-06-01' }),
      course('early', { title: 'Beta', sessions: [session('2027-02-01T09:00:00-05:00')], credits: [{ type: 'AMA', amount: 2.5 }], updated: '2026-09-01' }),
      course('accented', { title: 'Ábaco', updated: '2025-01-01' }),
    ];
    const order = (sort: Parameters<typeof queryCourses>[2]) => queryCourses(courses, {}, sort).map((c) => c.id);

    it('start-date: dated courses by first session, on-demand ones after', () => {
      expect(order('start-date')).to.deep.equal(['early', 'late', 'accented', 'on-demand']);
      expect(firstStart(courses[0])).to.equal(Number.POSITIVE_INFINITY);
    });
    it('title: alphabetical in the visitor\'s language, accents folded', () => {
      expect(order('title')).to.deep.equal(['accented', 'late', 'early', 'on-demand']);
    });
    it('credits: most first', () => {
      expect(order('credits')).to.deep.equal(['late', 'early', 'on-demand', 'accented']);
    });
    it('recent: last updated first', () => {
      expect(order('recent')).to.deep.equal(['early', 'late', 'on-demand', 'accented']);
    });
  });
});
