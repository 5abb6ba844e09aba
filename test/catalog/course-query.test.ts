import { expect } from '@open-wc/testing';
import { facetCounts, firstStart, queryCourses } from '../../src/catalog/course-query.js';
import { foldForSearch } from '../../src/catalog/search.js';
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
  });

  describe('filters', () => {
    it('each preset filter keeps only matching courses, and they combine', async () => {
      const { catalog } = validateCatalog(await sampleCatalog());
      const all = catalog.courses;
      const cases: [Parameters<typeof queryCourses>[1], (c: Course) => boolean][] = [
        [{ division: 'continuing-education' }, (c) => c.division === 'continuing-education'],
        [{ modality: 'live' }, (c) => c.modality === 'live'],
        [{ accredited: false }, (c) => !c.accredited],
        [{ topic: 'Cardiology' }, (c) => c.topics.includes('Cardiology')],
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
