import { isoDateTimeMs } from './dates.js';
import { foldForSearch, matchesTerms, searchTerms } from './search.js';
import type { Course, CourseStatus, DivisionId, Modality } from './types.js';

/** What a visitor (or a preset embed) narrows a course list to. Unset fields do not filter. */
export interface CourseFilters {
  q?: string;
  division?: DivisionId;
  modality?: Modality;
  accredited?: boolean;
  topic?: string;
  language?: string;
  status?: CourseStatus;
}

/** The facets a list can filter on, other than the search text. */
export type CourseFacet = 'division' | 'modality' | 'accredited' | 'topic' | 'language' | 'status';
export const COURSE_FACETS: readonly CourseFacet[] = ['division', 'modality', 'accredited', 'topic', 'language', 'status'];

/** Orders a list can be sorted in. */
export type CourseSort = 'start-date' | 'title' | 'credits' | 'recent';
export const COURSE_SORTS: readonly CourseSort[] = ['start-date', 'title', 'credits', 'recent'];

interface Indexed {
  course: Course;
  /** The folded search text, made on the first search (a first render needs none). */
  haystack?: string;
  start: number;
  credits: number;
  updated: number;
}

const indexes = new WeakMap<readonly Course[], Indexed[]>();

/** First start and credit total per course, computed once per catalog (search text on first use). */
function index(courses: readonly Course[]): Indexed[] {
  let indexed = indexes.get(courses);
  if (!indexed) {
    indexed = courses.map((course) => ({
      course,
      start: firstStart(course),
      credits: course.credits.reduce((max, credit) => Math.max(max, credit.amount), 0),
      updated: course.updated ? Date.parse(course.updated) : 0,
    }));
    indexes.set(courses, indexed);
  }
  return indexed;
}

/** The folded text a search looks in: title, summary, topics and directors. */
function haystack(item: Indexed): string {
  const { course } = item;
  return (item.haystack ??= foldForSearch([course.title, course.summary, ...course.topics, ...course.directors].join(' \u0001 ')));
}

/** Epoch ms of a course's first session, or +Infinity for on-demand courses with none. */
export function firstStart(course: Course): number {
  let first = Number.POSITIVE_INFINITY;
  for (const session of course.sessions) {
    const start = isoDateTimeMs(session.start);
    first = Math.min(first, Number.isNaN(start) ? Date.parse(session.start) : start);
  }
  return first;
}

function facetValue(course: Course, facet: Exclude<CourseFacet, 'topic'>): string | undefined {
  return facet === 'accredited' ? String(course.accredited) : course[facet];
}

/** True when a course fits the filter set for one facet (or that facet is not filtered). */
function fitsFacet(course: Course, facet: CourseFacet, filters: CourseFilters): boolean {
  const wanted = filters[facet];
  if (wanted === undefined || wanted === '') return true;
  return facet === 'topic' ? course.topics.includes(wanted as string) : facetValue(course, facet) === String(wanted);
}

function passes(item: Indexed, filters: CourseFilters, terms: readonly string[]): boolean {
  for (const facet of COURSE_FACETS) if (!fitsFacet(item.course, facet, filters)) return false;
  return terms.length === 0 || matchesTerms(haystack(item), terms);
}

/** The courses that match `filters`, in `sort` order (dated courses by start, on-demand ones after). */
export function queryCourses(courses: readonly Course[], filters: CourseFilters, sort: CourseSort = 'start-date', locale = 'en'): Course[] {
  const terms = searchTerms(filters.q ?? '');
  // Filtering an order computed once keeps it: a keystroke costs one pass, not a sort.
  const out: Course[] = [];
  for (const item of sorted(courses, sort, locale)) if (passes(item, filters, terms)) out.push(item.course);
  return out;
}

const orders = new WeakMap<readonly Course[], Map<string, Indexed[]>>();

/** The catalog's courses in one order, computed once per catalog, order and locale. */
function sorted(courses: readonly Course[], sort: CourseSort, locale: string): Indexed[] {
  let byKey = orders.get(courses);
  if (!byKey) orders.set(courses, (byKey = new Map()));
  const key = `${sort}|${locale}`;
  let order = byKey.get(key);
  if (!order) {
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    const byTitle = (a: Indexed, b: Indexed) => collator.compare(a.course.title, b.course.title);
    const compare: Record<CourseSort, (a: Indexed, b: Indexed) => number> = {
      'start-date': (a, b) => (a.start === b.start ? byTitle(a, b) : a.start < b.start ? -1 : 1),
      title: byTitle,
      credits: (a, b) => b.credits - a.credits || byTitle(a, b),
      recent: (a, b) => b.updated - a.updated || byTitle(a, b),
    };
    order = [...index(courses)].sort(compare[sort] ?? compare['start-date']);
    byKey.set(key, order);
  }
  return order;
}

/**
 * How many courses each value of a facet would give, with every other filter applied (so a visitor
 * sees what choosing a value leads to). Values are those present in the data.
 */
export function facetCounts(courses: readonly Course[], filters: CourseFilters, facet: CourseFacet): Map<string, number> {
  return allFacetCounts(courses, filters, [facet]).get(facet)!;
}

/**
 * The counts of several facets in one pass: a course that fails no filter counts for every facet,
 * one that fails exactly one facet's filter counts only for that facet (the others exclude it).
 */
export function allFacetCounts(courses: readonly Course[], filters: CourseFilters, facets: readonly CourseFacet[]): Map<CourseFacet, Map<string, number>> {
  const terms = searchTerms(filters.q ?? '');
  const result = new Map(facets.map((facet) => [facet, new Map<string, number>()]));
  const active = COURSE_FACETS.filter((facet) => filters[facet] !== undefined && filters[facet] !== '');
  for (const item of index(courses)) {
    const searchFits = terms.length === 0 || matchesTerms(haystack(item), terms);
    let failed: CourseFacet | undefined;
    let failures = searchFits ? 0 : 2;
    for (const facet of active) {
      if (failures > 1) break;
      if (!fitsFacet(item.course, facet, filters)) {
        failures += 1;
        failed = facet;
      }
    }
    for (const [facet, counts] of result) {
      const values = facet === 'topic' ? item.course.topics : [facetValue(item.course, facet)];
      const fits = failures === 0 || (failures === 1 && failed === facet);
      for (const value of values) {
        if (value === undefined) continue;
        counts.set(value, (counts.get(value) ?? 0) + (fits ? 1 : 0));
      }
    }
  }
  return result;
}
