import { isoDateTimeMs } from './dates.js';
import { findTerm, localizedText, termIdFor } from './localize.js';
import { foldForSearch, matchesTerms, searchTerms } from './search.js';
import type { Course, CourseStatus, DivisionId, Modality, Term, Translations } from './types.js';

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
  /** Where the course is in the catalog. */
  position: number;
  /** The folded search text, made on the first search (a first render needs none). */
  haystack?: string;
  start: number;
}

const indexes = new WeakMap<readonly Course[], Indexed[]>();

/** Position and first start per course, computed once per catalog (search text on first use). */
function index(courses: readonly Course[]): Indexed[] {
  let indexed = indexes.get(courses);
  if (!indexed) {
    indexed = [];
    for (let position = 0; position < courses.length; position += 1) {
      const course = courses[position];
      indexed.push({ course, position, start: firstStart(course) });
    }
    indexes.set(courses, indexed);
  }
  return indexed;
}

/** The largest credit amount of a course (0 without credits): the "credits" order. */
function mostCredits(course: Course): number {
  let most = 0;
  for (const credit of course.credits) most = Math.max(most, credit.amount);
  return most;
}

/** Epoch ms of a course's last update (0 when unknown): the "recent" order. */
function updatedMs(course: Course): number {
  return course.updated ? Date.parse(course.updated) : 0;
}

/** Every translation of some fields of an item (a search matches a course in any language it has). */
function translated(translations: Translations | undefined, fields: readonly string[]): string[] {
  const out: string[] = [];
  for (const tag in translations) for (const field of fields) if (typeof translations[tag][field] === 'string') out.push(translations[tag][field] as string);
  return out;
}

/**
 * The folded text a search looks in: title, summary, topics (their ids and labels) and directors, in
 * the catalog's language and every translation, so a search matches the text shown in any language
 * and the default one.
 */
function haystack(item: Indexed, topics: readonly Term[] | undefined): string {
  if (item.haystack !== undefined) return item.haystack;
  const { course } = item;
  const texts = [course.title, course.summary, ...course.topics, ...course.directors, ...translated(course.translations, ['title', 'summary'])];
  for (const id of course.topics) {
    const term = findTerm(topics, id);
    if (term) texts.push(term.label, ...translated(term.translations, ['label']));
  }
  return (item.haystack = foldForSearch(texts.join(' \u0001 ')));
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

/** One facet filter in force: the facet and the value it wants, as text. */
interface Check {
  facet: CourseFacet;
  wanted: string;
}

/** The facet filters in force, worked out once per query rather than once per course (a topic named by its label becomes its id). */
function checksOf(filters: CourseFilters, topics: readonly Term[] | undefined): Check[] {
  const checks: Check[] = [];
  for (const facet of COURSE_FACETS) {
    const wanted = filters[facet];
    if (wanted !== undefined && wanted !== '') checks.push({ facet, wanted: facet === 'topic' ? termIdFor(topics, String(wanted)) : String(wanted) });
  }
  return checks;
}

/** True when a course fits one facet filter. */
function fits(course: Course, { facet, wanted }: Check): boolean {
  return facet === 'topic' ? course.topics.includes(wanted) : facetValue(course, facet) === wanted;
}

/** True when the course at `position` of the catalog fits every facet filter and the search. */
function passes(course: Course, position: number, checks: readonly Check[], found: Uint8Array | undefined): boolean {
  for (const check of checks) if (!fits(course, check)) return false;
  return !found || found[position] === 1;
}

const prepared = new WeakMap<readonly Course[], number>();

/**
 * Makes the courses' search text ahead of the first search, a slice at a time: works until
 * `enough()` says to stop and returns true once every course has its text. A widget calls it
 * while the page is idle, so a visitor's first keystroke does not pay for the whole catalog.
 */
export function prepareSearchText(courses: readonly Course[], enough: () => boolean, topics?: readonly Term[]): boolean {
  const items = index(courses);
  let next = prepared.get(courses) ?? 0;
  while (next < items.length) {
    haystack(items[next], topics);
    next += 1;
    if (enough()) break;
  }
  prepared.set(courses, next);
  return next === items.length;
}

const lastSearches = new WeakMap<readonly Course[], { key: string; found: Uint8Array }>();

/**
 * Which courses (by catalog position) contain every search term, or undefined when nothing is
 * searched. The last answer is kept: the results and the facet counts of one search both ask.
 */
function searchHits(courses: readonly Course[], terms: readonly string[], topics: readonly Term[] | undefined): Uint8Array | undefined {
  if (terms.length === 0) return undefined;
  const key = terms.join(' ');
  const last = lastSearches.get(courses);
  if (last?.key === key) return last.found;
  const found = new Uint8Array(courses.length);
  for (const item of index(courses)) if (matchesTerms(haystack(item, topics), terms)) found[item.position] = 1;
  lastSearches.set(courses, { key, found });
  return found;
}

/**
 * The courses that match `filters`, in `sort` order (dated courses by start, on-demand ones after;
 * titles compared as shown in `locale`). `topics` are the catalog's, so a search finds a course by
 * its topics' labels; `filters.topic` is a topic id.
 */
export function queryCourses(
  courses: readonly Course[],
  filters: CourseFilters,
  sort: CourseSort = 'start-date',
  locale = 'en',
  topics?: readonly Term[],
): Course[] {
  const found = searchHits(courses, searchTerms(filters.q ?? ''), topics);
  const checks = checksOf(filters, topics);
  // Filtering an order computed once keeps it: a keystroke costs one pass, not a sort.
  const out: Course[] = [];
  for (const item of sorted(courses, sort, locale)) if (passes(item.course, item.position, checks, found)) out.push(item.course);
  return out;
}

/**
 * The courses that match `filters`, in catalog order: for a caller that needs which courses, not
 * their order (a calendar places sessions by date itself). One pass, no sort: sorting a 10,000-course
 * catalog by start and title is what made a calendar's first render a long task.
 */
export function coursesMatching(courses: readonly Course[], filters: CourseFilters, topics?: readonly Term[]): Course[] {
  const found = searchHits(courses, searchTerms(filters.q ?? ''), topics);
  const checks = checksOf(filters, topics);
  if (checks.length === 0 && !found) return [...courses];
  const out: Course[] = [];
  for (let position = 0; position < courses.length; position += 1) if (passes(courses[position], position, checks, found)) out.push(courses[position]);
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
    // Each course's title as shown, looked up once: a sort compares a course's title about log2(n)
    // times, and the lookup (the translation for `locale`) cost more than the comparison.
    const titles: string[] = [];
    const title = ({ course, position }: Indexed) => (titles[position] ??= localizedText(course, 'title', locale) ?? course.title);
    const byTitle = (a: Indexed, b: Indexed) => collator.compare(title(a), title(b));
    // The credits and update keys are worked out only for the order that uses them.
    const keyed = (key: (course: Course) => number) => {
      const keys = new Map(index(courses).map((item) => [item, key(item.course)]));
      return (a: Indexed, b: Indexed) => keys.get(b)! - keys.get(a)! || byTitle(a, b);
    };
    const compare =
      sort === 'title'
        ? byTitle
        : sort === 'credits'
          ? keyed(mostCredits)
          : sort === 'recent'
            ? keyed(updatedMs)
            : (a: Indexed, b: Indexed) => (a.start === b.start ? byTitle(a, b) : a.start < b.start ? -1 : 1);
    order = [...index(courses)].sort(compare);
    byKey.set(key, order);
  }
  return order;
}

/**
 * How many courses each value of a facet would give, with every other filter applied (so a visitor
 * sees what choosing a value leads to). Values are those present in the data.
 */
export function facetCounts(courses: readonly Course[], filters: CourseFilters, facet: CourseFacet, topics?: readonly Term[]): Map<string, number> {
  return allFacetCounts(courses, filters, [facet], topics).get(facet)!;
}

const presentValues = new WeakMap<readonly Course[], Map<CourseFacet, string[]>>();

/** The values of a facet found in the catalog, in order of first appearance (computed once per catalog). */
function valuesInData(courses: readonly Course[], facet: CourseFacet): string[] {
  let byFacet = presentValues.get(courses);
  if (!byFacet) presentValues.set(courses, (byFacet = new Map()));
  let values = byFacet.get(facet);
  if (!values) {
    const seen = new Set<string>();
    for (const course of courses) {
      if (facet === 'topic') for (const topic of course.topics) seen.add(topic);
      else {
        const value = facetValue(course, facet);
        if (value !== undefined) seen.add(value);
      }
    }
    byFacet.set(facet, (values = [...seen]));
  }
  return values;
}

/**
 * The counts of several facets in one pass: a course that fails no filter counts for every facet,
 * one that fails exactly one facet's filter counts only for that facet (the others exclude it).
 * Every value in the data is listed, with 0 when nothing would match it; a course that fails the
 * search or two filters counts for nothing and is passed over at once (a search narrows most).
 */
export function allFacetCounts(
  courses: readonly Course[],
  filters: CourseFilters,
  facets: readonly CourseFacet[],
  topics?: readonly Term[],
): Map<CourseFacet, Map<string, number>> {
  const found = searchHits(courses, searchTerms(filters.q ?? ''), topics);
  const checks = checksOf(filters, topics);
  // With no filter and no search every course counts, so the pass itself meets every value in the
  // data, in order of first appearance: listing them first (a pass per facet) would be wasted.
  const unfiltered = checks.length === 0 && !found;
  const result = new Map(
    facets.map((facet) => [facet, unfiltered ? new Map<string, number>() : new Map(valuesInData(courses, facet).map((value) => [value, 0]))]),
  );
  const counted = [...result];
  // The courses themselves, not the sorting index: counts need no first start (10,000 courses: a
  // date parse per session a calendar's first render did not need).
  for (let position = 0; position < courses.length; position += 1) {
    const course = courses[position];
    let failed: CourseFacet | undefined;
    let failures = 0;
    for (const check of checks) {
      if (fits(course, check)) continue;
      failures += 1;
      failed = check.facet;
      if (failures > 1) break;
    }
    if (failures > 1 || (found && found[position] !== 1)) continue;
    for (const [facet, counts] of counted) {
      if (failures === 1 && failed !== facet) continue;
      if (facet === 'topic') {
        for (const topic of course.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
      } else {
        const value = facetValue(course, facet);
        if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
    }
  }
  return result;
}
