// The benchmark page (issue 8): <hms-course-list> and a hand-written plain-DOM baseline that builds
// the same markup with the same style sheets, driven by scripts/bench.mjs through `window.hmsBench`.
// Every measurement runs here, in one page of one browser, so widget and baseline share the machine's
// state; the runner interleaves them and takes medians.
import '../src/components/course-list/course-list.js';
import '../src/components/course-calendar/course-calendar.js';
import type { CSSResult, CSSResultGroup } from 'lit';
import { calendarLinks } from '../src/catalog/calendar-links.js';
import { COURSE_SORTS } from '../src/catalog/course-query.js';
import { generateCatalog } from '../scripts/catalog-generator.js';
import { DIVISION_IDS, MODALITIES, type Catalog, type Course, type DivisionId, type Modality } from '../src/catalog/types.js';
import type { HmsCourseCard } from '../src/components/course-card/course-card.component.js';
import { courseCardStyles } from '../src/components/course-card/course-card.styles.js';
import type { HmsCourseList } from '../src/components/course-list/course-list.component.js';
import { courseListStyles } from '../src/components/course-list/course-list.styles.js';
import { SEARCH_MAX_LENGTH } from '../src/components/course-list/course-list.filters.js';
import { gridClasses, gridColumns, MAX_COLUMNS } from '../src/styles/list.js';
import { creditType, dateBlock, formatNumber, formatPrice, formatSession, languageName, regionName, zoneName } from '../src/i18n/format.js';
import { localized, sameLanguage, termLabel, textLanguage, type Localized } from '../src/catalog/localize.js';
import { en } from '../src/i18n/messages.js';
import { validateCatalog } from '../src/catalog/validate.js';

/** Main-thread time of one measured step, in ms. */
export interface Timing {
  /** From the start of the step to the end of the next frame's rendering, waiting for vsync excluded. */
  busy: number;
  /** Wall clock from the start to the end of the next frame's rendering (includes up to one vsync interval of idle). */
  wall: number;
  /**
   * A widget's render only: to the frame that painted all of it (its count, filters and pager, after
   * hms-load), where `busy` and `wall` end at the frame that painted its cards.
   */
  whole?: Timing;
}

const LOCALE = 'en';
const PAGE_SIZE = 12; // the widget's default page size
const t = en;

// ---------------------------------------------------------------------------------------------
// Timing helpers
// ---------------------------------------------------------------------------------------------

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

/** Resolves in a task of its own: after a frame, so work that follows starts outside a frame's rendering. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/**
 * Two painted frames, then a fresh task. A step must not start inside a requestAnimationFrame
 * callback: its DOM would then be styled, laid out and painted in that same frame, before the frame
 * `toNextPaint` waits for, and that rendering would be missing from `busy`.
 */
async function settled(): Promise<void> {
  await nextFrame();
  await nextFrame();
  await nextTask();
}

/**
 * Ends a measurement at the next paint: a requestAnimationFrame callback runs at the start of the
 * next frame, right before its paint; a message posted from it is delivered once that frame's
 * rendering task is over. `busy` leaves out the wait for the frame to begin (vsync phase, up to
 * 16.7 ms of idle that neither the widget nor the baseline causes).
 *
 * Style and layout are done here, synchronously, before the work time is read: left to the browser,
 * Chromium sometimes runs them in a task of their own between the step's task and the frame (a trace
 * of the baseline showed its 12-14 ms layout there, outside `busy`, while the widget's, after a longer
 * task, fell inside the frame). Forcing them here counts them for both, once.
 */
function toNextPaint(start: number): Promise<Timing> {
  document.documentElement.getBoundingClientRect();
  const workEnd = performance.now();
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const frameStart = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const end = performance.now();
        resolve({ busy: workEnd - start + (end - frameStart), wall: end - start });
      };
      channel.port2.postMessage(null);
    });
  });
}

/** A full garbage collection when the browser runs with --js-flags=--expose-gc. */
function collectGarbage(): void {
  (window as unknown as { gc?: () => void }).gc?.();
}

/** An empty stage, collected and painted, so that a run starts from the same state. */
async function quiet(): Promise<void> {
  stage().replaceChildren();
  collectGarbage();
  await settled();
}

const stage = () => document.getElementById('stage')!;

// ---------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------

const generated = new Map<number, Catalog>();
/** The generated catalog of n courses (seed 1): the same object every time. */
function catalogOf(n: number): Catalog {
  let catalog = generated.get(n);
  if (!catalog) {
    catalog = generateCatalog({ courses: n, seed: 1 }) as unknown as Catalog;
    generated.set(n, catalog);
  }
  return catalog;
}

/**
 * A fresh copy of the catalog for each render run: the widget caches its validated catalog and its
 * sort order per object, and a first render on a partner page has neither. Copying is not timed.
 */
const freshCatalog = (n: number): Catalog => structuredClone(catalogOf(n));

// ---------------------------------------------------------------------------------------------
// The widget
// ---------------------------------------------------------------------------------------------

/** Resolves once the list fired hms-load (its content is rendered) and every card has rendered. */
function whenShown(list: HmsCourseList): Promise<void> {
  return new Promise((resolve, reject) => {
    list.addEventListener('hms-load', () => void settleCards(list).then(resolve, reject), { once: true });
    list.addEventListener('hms-error', (event) => reject(new Error(`hms-error: ${(event as CustomEvent).detail?.message}`)), { once: true });
  });
}

/**
 * Resolves once the list shows `count` cards with their courses (placeholders do not count), every
 * one rendered: its first screen. A list of a large catalog in hand draws these from the first
 * courses before the rest of the catalog is validated; its count, filters and pager follow, then
 * hms-load (`loaded`).
 */
async function whenCardsShown(list: HmsCourseList, count: number, loaded: Promise<void>): Promise<void> {
  for (;;) {
    await settleCards(list);
    const cards = list.shadowRoot?.querySelectorAll<HmsCourseCard>('ul.list > li > hms-course-card') ?? [];
    if (cards.length === count && Array.from(cards).every((card) => !card.placeholder && card.course)) return;
    await Promise.race([loaded, nextFrame()]);
  }
}

async function settleCards(list: HmsCourseList): Promise<void> {
  await list.updateComplete;
  const cards = list.shadowRoot!.querySelectorAll<HmsCourseCard>('hms-course-card');
  await Promise.all(Array.from(cards, (card) => card.updateComplete));
}

function cardCount(root: ShadowRoot | null | undefined): number {
  return root?.querySelectorAll('ul.list > li > *').length ?? 0;
}

function expectCards(root: ShadowRoot | null | undefined, expected: number, what: string): void {
  const found = cardCount(root);
  if (found !== expected) throw new Error(`${what}: expected ${expected} cards, found ${found}`);
}

function createList(catalog: Catalog, all: boolean): HmsCourseList {
  const list = document.createElement('hms-course-list');
  if (all) list.pageSize = catalog.courses.length;
  list.catalog = catalog;
  return list;
}

// ---------------------------------------------------------------------------------------------
// The baseline: what <hms-course-list> and <hms-course-card> render, written by hand with the DOM
// API, in the same order of elements and attributes, with the same adopted style sheets and one
// shadow root per card. Like the widget it sorts, counts the filter options and formats dates,
// credits, prices and places with the same functions; unlike it, it trusts its data (no validation)
// and has no reactive machinery.
// ---------------------------------------------------------------------------------------------

const sheetsOf = (group: CSSResultGroup): CSSStyleSheet[] =>
  (Array.isArray(group) ? group.flat(Infinity as 1) : [group]).map((style) => (style as CSSResult).styleSheet!);
// Built on first use, as Lit builds the widget's when its first element attaches a shadow root: a
// first render in a new page pays for its style sheets on both sides, inside the timed window.
let cardSheets: CSSStyleSheet[] | undefined;
let listSheets: CSSStyleSheet[] | undefined;
const STATUS_TONE: Record<Course['status'], string> = { open: 'good', 'on-demand': 'good', waitlist: 'caution', upcoming: 'caution', closed: 'bad' };
const noop = () => {};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Record<string, string>, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (attrs) for (const name in attrs) node.setAttribute(name, attrs[name]);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Catalog text as the widgets show it: in a `<bdi>`, with `lang` when it is not the widget's language. */
function bdiOf(value: Localized): HTMLElement {
  return el('bdi', sameLanguage(value.lang, LOCALE) ? undefined : { lang: value.lang }, value.text);
}

const listFormat = new Intl.ListFormat(LOCALE, { style: 'long', type: 'conjunction' });

/** "Add to calendar" for sight, and the full name with the title in its language for assistive technology (internal/name-with-title.ts). */
function nameWithTitle(visible: string, name: (title: string) => string, title: Localized): HTMLElement[] {
  const [before, after] = name('\u0000').split('\u0000');
  const hidden = el('span', { class: 'visually-hidden' }, before);
  hidden.append(el('span', sameLanguage(title.lang, LOCALE) ? undefined : { lang: title.lang }, title.text), after);
  return [el('span', { 'aria-hidden': 'true' }, visible), hidden];
}

/** The card as <hms-course-card variant="card"> draws it (course-card.component.ts renderCourse, base/card-media.ts). */
function baselineCard(course: Course, catalog: Catalog, eager: boolean): HTMLElement {
  const host = el('div', { variant: 'card', 'image-loading': eager ? 'eager' : 'lazy', 'heading-level': '3', locale: LOCALE, dir: 'ltr', lang: LOCALE });
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = cardSheets ??= sheetsOf(courseCardStyles);
  const ownLanguage = course.language && course.language.split('-')[0] !== LOCALE ? course.language : undefined;
  const session = course.sessions[0];
  const division = catalog.divisions.find((d) => d.id === course.division);
  const divisionName = (division && localized(division, 'name', LOCALE)) ?? { text: t.division[course.division], lang: LOCALE };

  const article = el('article', { part: 'card', class: `card division-${course.division}` });
  const media = el('div', { part: 'media', class: 'media' });
  if (course.image) {
    const alt = localized(course.image, 'alt', LOCALE);
    const attrs: Record<string, string> = { part: 'image', class: 'image', src: course.image.url, alt: alt?.text ?? '' };
    if (alt && !sameLanguage(alt.lang, LOCALE)) attrs.lang = alt.lang;
    Object.assign(attrs, { width: '640', height: '360', loading: eager ? 'eager' : 'lazy', decoding: 'async', referrerpolicy: 'no-referrer' });
    media.append(el('img', attrs));
  } else {
    const fallback = el('div', { part: 'image-fallback', class: 'image-fallback', 'aria-hidden': 'true' });
    const note = el('span', { class: 'fallback-note' });
    note.append(bdiOf(divisionName));
    fallback.append(note, el('span', { class: 'fallback-label' }, t.modality[course.modality]));
    media.append(fallback);
  }
  article.append(media);

  const body = el('div', { part: 'body', class: 'body' });
  const badges = el('ul', { part: 'badges', class: 'badges' });
  badges.append(
    el('li', { part: 'badge modality', class: 'badge' }, t.modality[course.modality]),
    el('li', { part: 'badge status', class: `badge ${STATUS_TONE[course.status]}` }, t.status[course.status]),
    el('li', { part: 'badge accreditation', class: 'badge' }, course.accredited ? t.accredited : t.notAccredited),
  );
  const header = el('div', { part: 'header', class: 'header' });
  if (session) {
    const { month, day } = dateBlock(session.start, LOCALE, session.timeZone);
    const block = el('div', { part: 'date-block', class: 'date-block', 'aria-hidden': 'true' });
    block.append(el('span', { class: 'date-month' }, month), el('span', { class: 'date-day' }, day));
    header.append(block);
  }
  const heading = el('div', { class: 'heading' });
  const title = el('div', { part: 'title', class: 'title', role: 'heading', 'aria-level': '3' });
  const titleText = localized(course, 'title', LOCALE)!;
  if (course.url) {
    const link = el('a', { part: 'title-link', href: course.url });
    link.append(bdiOf(titleText));
    link.addEventListener('click', noop);
    title.append(link);
  } else {
    title.append(bdiOf(titleText));
  }
  const meta = el('p', { part: 'meta', class: 'meta' });
  const where = session?.location;
  const place = el('span', { part: 'location', class: 'location' });
  if (where) {
    const name = localized(where, where.city ? 'city' : 'name', LOCALE);
    if (name) place.append(bdiOf(name));
    if (where.country) place.append(where.city || where.name ? ', ' : '', el('bdi', undefined, regionName(where.country, LOCALE)));
  } else place.append(t.online);
  meta.append(bdiOf(divisionName), ' · ', place);
  if (ownLanguage) meta.append(` · ${languageName(ownLanguage, LOCALE)}`);
  heading.append(title, meta);
  header.append(heading);
  body.append(badges, header);
  if (session) {
    const sessions = course.sessions.length;
    const extra = sessions > 1 ? ` · ${t.sessionCount(sessions, formatNumber(sessions, LOCALE))}` : '';
    const dates = el('p', { part: 'dates', class: 'when' }, `${formatSession(session, LOCALE)} · `);
    dates.append(el('span', { part: 'time-zone', class: 'time-zone' }, zoneName(session, LOCALE)), extra);
    body.append(dates);
  }
  if (course.summary) {
    const summary = el('p', { part: 'summary', class: 'summary' });
    summary.append(bdiOf(localized(course, 'summary', LOCALE)!));
    body.append(summary);
  }
  if (course.topics.length > 0) {
    const topics = el('ul', { part: 'topics', class: 'badges', 'aria-label': t.topicsLabel });
    for (const topic of course.topics) {
      const item = el('li', { part: 'topic', class: 'topic' });
      item.append(bdiOf(termLabel(catalog.topics, topic, LOCALE, textLanguage(course))));
      topics.append(item);
    }
    body.append(topics);
  }
  if (course.directors.length > 0) {
    const directors = el('p', { part: 'directors', class: 'directors' });
    const [before, after] = t.directedBy('\u0000').split('\u0000');
    directors.append(before);
    for (const part of listFormat.formatToParts(course.directors)) directors.append(part.type === 'element' ? el('bdi', undefined, part.value) : part.value);
    directors.append(after);
    body.append(directors);
  }
  if (course.credits.length > 0 || course.price) {
    const facts = el('dl', { part: 'details', class: 'facts' });
    if (course.credits.length > 0) {
      const fact = el('div', { class: 'fact' });
      const credits = el('dd', { part: 'credits' });
      course.credits.forEach((credit, i) => credits.append(`${i > 0 ? ' · ' : ''}${formatNumber(credit.amount, LOCALE)} `, bdiOf({ text: creditType(credit), lang: textLanguage(credit) })));
      fact.append(el('dt', undefined, t.creditsLabel), credits);
      facts.append(fact);
    }
    if (course.price) {
      const fact = el('div', { class: 'fact price' });
      fact.append(el('dt', undefined, t.priceLabel), el('dd', { part: 'price' }, formatPrice(course.price, LOCALE, t)));
      facts.append(fact);
    }
    body.append(facts);
  }
  const calendar = session && course.modality !== 'online';
  if (calendar || course.url) {
    const actions = el('div', { part: 'actions', class: 'actions' });
    if (calendar) {
      // The "Add to calendar" menu: a disclosure, its button named with the title, the three web
      // calendars' links and the .ics button (components/course-card/calendar-menu.ts).
      const menu = el('details', { part: 'calendar-menu', class: 'calendar-menu' });
      menu.addEventListener('keydown', noop);
      const summary = el('summary', { part: 'calendar', class: 'action' });
      summary.append(...nameWithTitle(t.addToCalendar, t.addToCalendarFor, titleText));
      const options = el('ul', { part: 'calendar-options', class: 'calendar-options' });
      const links = calendarLinks(course, 0)!;
      for (const [href, label] of [[links.google, t.googleCalendar], [links.outlook, t.outlookCalendar], [links.office365, t.office365Calendar]]) {
        const item = el('li');
        item.append(el('a', { part: 'calendar-option', class: 'calendar-option', href, target: '_blank', rel: 'noopener noreferrer' }, label));
        options.append(item);
      }
      const ics = el('li');
      const button = el('button', { part: 'calendar-option calendar-ics', class: 'calendar-option', type: 'button' }, t.icsFile);
      button.addEventListener('click', noop);
      ics.append(button);
      options.append(ics);
      menu.append(summary, options);
      actions.append(menu);
    }
    if (course.url) {
      const cta = el('a', { part: 'cta', class: 'action primary cta', href: course.url });
      cta.append(...nameWithTitle(t.viewCourse, t.viewCourseFor, titleText));
      cta.addEventListener('click', noop);
      actions.append(cta);
    }
    body.append(actions);
  }
  article.append(body);
  root.append(article);
  return host;
}

const baselineOrders = new WeakMap<readonly Course[], Course[]>();
/**
 * Courses by first start (on-demand last), then title: the widget's default order. Kept per
 * courses array, as the widget keeps its order per catalog, so a warm run reuses it and a cold
 * (fresh) catalog is sorted again.
 */
function baselineSort(courses: readonly Course[]): Course[] {
  const known = baselineOrders.get(courses);
  if (known) return known;
  const collator = new Intl.Collator(LOCALE, { sensitivity: 'base', numeric: true });
  const keyed = courses.map((course) => {
    let start = Number.POSITIVE_INFINITY;
    for (const session of course.sessions) start = Math.min(start, Date.parse(session.start));
    return { course, start };
  });
  keyed.sort((a, b) => (a.start === b.start ? collator.compare(a.course.title, b.course.title) : a.start < b.start ? -1 : 1));
  const order = keyed.map((item) => item.course);
  baselineOrders.set(courses, order);
  return order;
}

/** The values of each filter with how many courses have them, in one pass. */
function baselineCounts(courses: readonly Course[]) {
  const counts = { division: new Map<string, number>(), modality: new Map<string, number>(), topic: new Map<string, number>(), accredited: new Map<string, number>(), language: new Map<string, number>() };
  const add = (map: Map<string, number>, value: string | undefined) => value !== undefined && map.set(value, (map.get(value) ?? 0) + 1);
  for (const course of courses) {
    add(counts.division, course.division);
    add(counts.modality, course.modality);
    for (const topic of course.topics) add(counts.topic, topic);
    add(counts.accredited, String(course.accredited));
    add(counts.language, course.language);
  }
  return counts;
}

function baselineSelect(name: string, label: string, allLabel: string, counts: Map<string, number>, text: (value: string) => string, order?: readonly string[]): HTMLElement {
  const values = [...counts.keys()];
  if (order) values.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  else {
    const collator = new Intl.Collator(LOCALE);
    values.sort((a, b) => collator.compare(text(a), text(b)));
  }
  const field = el('div', { part: 'field', class: 'field' });
  const select = el('select', { part: `filter filter-${name}`, id: `filter-${name}`, 'data-filter': name });
  select.addEventListener('change', noop);
  select.append(el('option', { value: '', selected: '' }, allLabel));
  for (const value of values) select.append(el('option', { value }, t.optionWithCount(text(value), formatNumber(counts.get(value)!, LOCALE))));
  field.append(el('label', { for: `filter-${name}` }, label), select);
  return field;
}

function baselineFilters(catalog: Catalog, courses: readonly Course[]): HTMLElement {
  const counts = baselineCounts(courses);
  const form = el('form', { part: 'filters', class: 'filters', role: 'search', 'aria-label': t.filtersLabel });
  form.addEventListener('submit', (event) => event.preventDefault());
  const search = el('div', { part: 'field', class: 'field search-field' });
  const input = el('input', { part: 'search', id: 'search', type: 'search', autocomplete: 'off', maxlength: String(SEARCH_MAX_LENGTH) });
  input.addEventListener('input', noop);
  search.append(el('label', { for: 'search' }, t.searchLabel), input);
  const divisionName = (id: string) => {
    const division = catalog.divisions.find((d) => d.id === id);
    return (division && localized(division, 'name', LOCALE)?.text) ?? t.division[id as DivisionId] ?? id;
  };
  // The selects fold behind a "Filters" button below 40em (course-list.filters.ts renderFilterFold).
  const toggle = el('button', {
    part: 'filters-toggle',
    class: 'filters-toggle',
    type: 'button',
    'aria-expanded': 'false',
    'aria-controls': 'filter-panel',
    'aria-label': t.filtersToggle(0, formatNumber(0, LOCALE)),
  }, t.filtersButton);
  toggle.addEventListener('click', noop);
  const panel = el('div', { part: 'filter-panel', class: 'filter-panel ', id: 'filter-panel' });
  panel.append(
    baselineSelect('division', t.divisionFilter, t.allDivisions, counts.division, divisionName, DIVISION_IDS),
    baselineSelect('modality', t.modalityFilter, t.allModalities, counts.modality, (m) => t.modality[m as Modality] ?? m, MODALITIES),
    baselineSelect('topic', t.topicFilter, t.allTopics, counts.topic, (id) => termLabel(catalog.topics, id, LOCALE, LOCALE).text),
    baselineSelect('accredited', t.accreditationFilter, t.allAccreditation, counts.accredited, (v) => (v === 'true' ? t.accredited : t.notAccredited), ['true', 'false']),
    baselineSelect('language', t.languageFilter, t.allLanguages, counts.language, (tag) => languageName(tag, LOCALE)),
  );
  form.append(search, toggle, panel);
  return form;
}

/** "Sort by", in the summary bar beside the count (course-list.component.ts renderSort). */
function baselineSortField(): HTMLElement {
  const sortField = el('div', { part: 'field sort-field', class: 'field sort-field' });
  const sort = el('select', { part: 'sort', id: 'sort' });
  sort.addEventListener('change', noop);
  for (const value of COURSE_SORTS) {
    const option = el('option', { value }, t.sort[value]);
    if (value === 'start-date') option.setAttribute('selected', '');
    sort.append(option);
  }
  sortField.append(el('label', { for: 'sort' }, t.sortLabel), sort);
  return sortField;
}

function baselinePager(pages: number): HTMLElement {
  const nav = el('nav', { part: 'pager', class: 'pager', 'aria-label': t.pagesLabel });
  const previous = el('button', { part: 'previous', class: 'pager-step', type: 'button', disabled: '' }, t.previousPage);
  const next = el('button', { part: 'next', class: 'pager-step', type: 'button' }, t.nextPage);
  previous.addEventListener('click', noop);
  next.addEventListener('click', noop);
  const list = el('ol');
  const shown = [...new Set([1, 2, pages])].filter((p) => p <= pages);
  shown.forEach((page, i) => {
    if (i > 0 && page - shown[i - 1] > 1) list.append(el('li', { class: 'gap', 'aria-hidden': 'true' }, '…'));
    const item = el('li');
    const number = formatNumber(page, LOCALE);
    const button = el('button', { part: 'page', class: 'page', type: 'button', 'aria-label': t.pageLabel(number) }, number);
    if (page === 1) button.setAttribute('aria-current', 'page');
    button.addEventListener('click', noop);
    item.append(button);
    list.append(item);
  });
  nav.append(previous, list, next);
  return nav;
}

/** The whole list, from the catalog as given: one page (12 courses and a pager) or every course. */
function baselineList(catalog: Catalog, all: boolean): HTMLElement {
  const host = el('div', { dir: 'ltr', lang: LOCALE });
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = listSheets ??= sheetsOf(courseListStyles);
  const sorted = baselineSort(catalog.courses);
  const total = sorted.length;
  const pageSize = all ? total : PAGE_SIZE;
  const results = el('div', { part: 'results', class: 'results', tabindex: '-1', role: 'region', 'aria-label': t.coursesLabel });
  const bar = el('div', { class: 'summary-bar' });
  bar.append(el('p', { part: 'count', class: 'count ' }, t.resultCount(total, formatNumber(total, LOCALE))), baselineSortField());
  const actions = el('div', { class: 'summary-actions' });
  bar.append(actions);
  // "Add these N sessions": every session of the results, at most an .ics file's 500.
  let sessions = 0;
  for (const course of sorted) if ((sessions += course.sessions.length) >= 500) break;
  sessions = Math.min(sessions, 500);
  if (sessions > 0) {
    const addAll = el('button', { part: 'add-all', class: 'clear', type: 'button' }, t.addSessions(sessions, formatNumber(sessions, LOCALE)));
    addAll.addEventListener('click', noop);
    actions.append(addAll);
  }
  if (sorted.slice(0, pageSize).some((course) => course.sessions.length > 0)) {
    const toggle = el('div', { part: 'time-toggle', class: 'time-toggle', role: 'group', 'aria-labelledby': 'times-in' });
    toggle.append(el('span', { id: 'times-in' }, t.timesIn));
    for (const [label, pressed] of [[t.courseTime, 'true'], [t.yourTime, 'false']]) {
      const button = el('button', { part: 'time-option', class: 'time-option', type: 'button', 'aria-pressed': pressed }, label);
      button.addEventListener('click', noop);
      toggle.append(button);
    }
    actions.append(toggle);
  }
  const list = el('ul', { part: 'list', class: `list layout-grid ${gridClasses(Math.min(pageSize, total))}`, 'aria-label': t.coursesLabel });
  const eager = gridColumns(Math.min(pageSize, total), MAX_COLUMNS);
  sorted.slice(0, pageSize).forEach((course, index) => {
    const item = el('li', { part: 'item' });
    item.append(baselineCard(course, catalog, index < eager));
    list.append(item);
  });
  results.append(bar, list);
  const pages = Math.ceil(total / pageSize);
  if (pages > 1) results.append(baselinePager(pages));
  root.append(baselineFilters(catalog, catalog.courses), results, el('div', { class: 'visually-hidden', role: 'status', part: 'announcement' }));
  return host;
}

// ---------------------------------------------------------------------------------------------
// Same markup? A canonical form of a tree (elements, attributes, merged text, shadow roots; Lit's
// comment markers and whitespace-only text left out) to compare the widget with the baseline.
// ---------------------------------------------------------------------------------------------

/** A short fingerprint of the rules of a shadow root's adopted style sheets, in order. */
const sheetPrints = new WeakMap<CSSStyleSheet, string>();
function adoptedSheets(root: ShadowRoot): string {
  return root.adoptedStyleSheets
    .map((sheet) => {
      let print = sheetPrints.get(sheet);
      if (print === undefined) {
        let hash = 0x811c9dc5;
        for (const rule of Array.from(sheet.cssRules)) for (const char of rule.cssText) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
        sheetPrints.set(sheet, (print = `${sheet.cssRules.length}:${(hash >>> 0).toString(16)}`));
      }
      return print;
    })
    .join(' ');
}

function canonical(root: Node, limitCards: number): string {
  const out: string[] = [];
  let cards = 0;
  const walk = (node: Node): void => {
    if (node instanceof ShadowRoot) out.push(`#adopted ${adoptedSheets(node)}`);
    let text = '';
    const flush = () => {
      const clean = text.replace(/\s+/g, ' ').trim();
      if (clean) out.push(JSON.stringify(clean));
      text = '';
    };
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      flush();
      const element = child as Element;
      const isCard = element.localName === 'hms-course-card' || (element.localName === 'div' && element.parentElement?.getAttribute('part') === 'item');
      if (isCard && ++cards > limitCards) continue;
      const name = isCard ? 'CARD' : element.localName;
      const attrs = Array.from(element.attributes, (a) => (a.name === 'class' ? `class="${[...element.classList].sort().join(' ')}"` : `${a.name}="${a.value}"`)).sort();
      out.push(`<${[name, ...attrs].join(' ')}>`);
      if (element.shadowRoot) walk(element.shadowRoot);
      walk(element);
      out.push(`</${name}>`);
    }
    flush();
  };
  walk(root);
  return out.join('\n');
}

const CONTEXT_LINES = 12;

function firstDifference(a: string, b: string): string | undefined {
  if (a === b) return undefined;
  const linesA = a.split('\n');
  const linesB = b.split('\n');
  const i = linesA.findIndex((line, k) => line !== linesB[k]);
  const at = i === -1 ? linesA.length : i;
  // The differing line and what follows it on each side: one difference often hides the next.
  const from = (lines: string[]) => lines.slice(at, at + CONTEXT_LINES).join('\n');
  return `line ${at + 1}:\n--- widget\n${from(linesA)}\n--- baseline\n${from(linesB)}`;
}

// ---------------------------------------------------------------------------------------------
// What the runner calls
// ---------------------------------------------------------------------------------------------

const finders = new Map<number, HmsCourseList>();

/** The control a latency step sends its key to. */
type LatencyControl = 'search' | 'modality' | 'next';
/** One key to results painted: the harness's figure and the browser's (Event Timing, 0 when under its 16 ms floor). */
interface LatencySample {
  ms: number;
  eventTiming: number;
  text: string;
  results: number;
  shown: number;
}
let pending: Promise<LatencySample> | undefined;

function latencyTarget(list: HmsCourseList, control: LatencyControl): HTMLElement {
  const root = list.shadowRoot!;
  const target = control === 'search' ? root.querySelector('#search') : control === 'modality' ? root.querySelector('#filter-modality') : root.querySelector('[part~="next"]');
  if (!(target instanceof HTMLElement)) throw new Error(`no ${control} control`);
  return target;
}

/** True when the list shows, with no update pending, what the control now asks for. */
function latencyDone(list: HmsCourseList, control: LatencyControl, typed: string): boolean {
  const root = list.shadowRoot!;
  const cards = root.querySelectorAll<HmsCourseCard>('hms-course-card');
  if (list.isUpdatePending || Array.from(cards).some((card) => card.isUpdatePending)) return false;
  if (control === 'search') return (list.q ?? '') === (typed.trim() === '' ? '' : typed);
  if (control === 'modality') return (list.modality ?? '') === root.querySelector<HTMLSelectElement>('#filter-modality')!.value;
  return list.page === 2 && root.querySelector('[part~="page"][aria-current="page"]')?.textContent?.trim() === '2';
}

/** The browser's own figures for each interaction (Event Timing, the measure behind INP), collected as they come. */
interface EventTimingEntry extends PerformanceEntry {
  interactionId: number;
}
const eventEntries: EventTimingEntry[] = [];
try {
  new PerformanceObserver((list) => eventEntries.push(...(list.getEntries() as EventTimingEntry[]))).observe({
    type: 'event',
    durationThreshold: 16,
    buffered: true,
  } as PerformanceObserverInit);
} catch {
  // No Event Timing in this browser: the figure stays 0.
}

/** The month (`2027-03`, in UTC) in which the catalog's sessions start most often. */
function busiestMonth(catalog: Catalog): string {
  const counts = new Map<string, number>();
  for (const course of catalog.courses) for (const session of course.sessions) {
    const month = new Date(session.start).toISOString().slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

const hmsBench = {
  /**
   * Calendar: <hms-course-calendar> given a fresh copy of the n-course catalog, showing its busiest
   * month, from append to painted; with every long task (Long Tasks API) of that window.
   */
  async calendarMonth(n: number): Promise<{ wall: number; longest: number; tasks: number; sessions: number; month: string }> {
    const catalog = freshCatalog(n);
    const month = busiestMonth(catalog);
    await quiet();
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const start = performance.now();
    const el = document.createElement('hms-course-calendar');
    for (const [name, value] of [['month', month], ['view', 'month'], ['time-zone', 'UTC']]) el.setAttribute(name, value);
    el.catalog = catalog;
    const loaded = new Promise((resolve, reject) => {
      el.addEventListener('hms-load', resolve, { once: true });
      el.addEventListener('hms-error', (event) => reject(new Error(`hms-error: ${(event as CustomEvent).detail?.message}`)), { once: true });
    });
    stage().append(el);
    await loaded;
    await el.updateComplete;
    await settled();
    const wall = performance.now() - start;
    // A long task is reported after it ends: one more turn for the last one.
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const entry of observer.takeRecords()) tasks.push(entry.duration);
    observer.disconnect();
    const sessions = [...el.sessions.values()].reduce((sum, list) => sum + list.length, 0);
    await quiet();
    return { wall, longest: Math.max(0, ...tasks), tasks: tasks.length, sessions, month };
  },

  /** Generates the catalogs up front (not timed). */
  prepare(sizes: number[]): void {
    for (const n of sizes) catalogOf(n);
  },

  /**
   * Render, widget: a catalog in hand (a fresh object, or when `warm` the one rendered before) to the
   * frame that painted its cards (`busy`, `wall`), and on to the frame that painted all of it (`whole`).
   */
  async renderWidget(n: number, all: boolean, warm = false): Promise<Timing> {
    const catalog = warm ? catalogOf(n) : freshCatalog(n);
    await quiet();
    const start = performance.now();
    const list = createList(catalog, all);
    const shown = whenShown(list);
    let shownYet = false;
    void shown.then(() => (shownYet = true), () => {});
    stage().append(list);
    await whenCardsShown(list, all ? n : PAGE_SIZE, shown);
    const cards = await toNextPaint(start);
    // All of it was in that frame already (a catalog validated with its first screen): the same time.
    const whole = shownYet ? cards : (await shown, await toNextPaint(start));
    expectCards(list.shadowRoot, all ? n : PAGE_SIZE, 'widget');
    return { ...cards, whole };
  },

  /** Render, baseline: the same catalog in hand to the same markup painted. */
  async renderBaseline(n: number, all: boolean, warm = false): Promise<Timing> {
    const catalog = warm ? catalogOf(n) : freshCatalog(n);
    await quiet();
    const start = performance.now();
    const host = baselineList(catalog, all);
    stage().append(host);
    const timing = await toNextPaint(start);
    expectCards(host.shadowRoot, all ? n : PAGE_SIZE, 'baseline');
    return timing;
  },

  /** Validating a fresh copy of the n-course catalog, alone (ms): in a new page, the validator's share of a first render. */
  async validateFresh(n: number): Promise<number> {
    const catalog = freshCatalog(n);
    await quiet();
    const start = performance.now();
    validateCatalog(catalog);
    return performance.now() - start;
  },

  /** Renders both and compares their canonical markup (first `cards` cards); returns the first difference, or null. */
  async compareMarkup(n: number, all: boolean, cards: number): Promise<string | null> {
    await quiet();
    const list = createList(catalogOf(n), all);
    const shown = whenShown(list);
    stage().append(list);
    await shown;
    const widget = canonical(list.shadowRoot!, cards);
    stage().replaceChildren(baselineList(catalogOf(n), all));
    const baseline = canonical(stage().firstElementChild!.shadowRoot!, cards);
    await quiet();
    return firstDifference(widget, baseline) ?? null;
  },

  /** A course finder (the default <hms-course-list>: every control, 12 per page) over n courses, with no filter set. */
  async finder(n: number): Promise<HmsCourseList> {
    let list = finders.get(n);
    if (!list || !list.isConnected) {
      await quiet();
      list = createList(catalogOf(n), false);
      const shown = whenShown(list);
      stage().append(list);
      await shown;
      finders.set(n, list);
    }
    return list;
  },

  /** Puts the finder's view in a state (not timed) and waits until it is painted. */
  async reset(list: HmsCourseList, q: string | undefined): Promise<void> {
    const input = list.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    list.q = q;
    list.modality = undefined;
    list.page = 1;
    input.value = q ?? '';
    await settleCards(list);
    collectGarbage();
    await settled();
  },

  /**
   * Latency with real input, step 1 (before the runner presses a key with page.keyboard): puts the
   * finder over n courses in a state (not timed), focuses the control the key goes to and notes
   * when its keydown arrives. `latencyEnd` then waits for the frame that paints the results.
   */
  async latencyStart(n: number, control: LatencyControl, q: string | undefined): Promise<void> {
    const list = await this.finder(n);
    await this.reset(list, q);
    const target = latencyTarget(list, control);
    // A select the visitor changed keeps its choice when the markup changes: back to "All".
    if (target instanceof HTMLSelectElement) target.value = '';
    target.focus();
    // The caret at the end of the text, where a visitor's next letter goes.
    if (target instanceof HTMLInputElement) target.setSelectionRange(target.value.length, target.value.length);
    await settled();
    pending = new Promise((resolve, reject) => {
      target.addEventListener(
        'keydown',
        (event) => {
          const keydown = event.timeStamp;
          const changed = new Promise((done) => list.addEventListener('hms-filter-change', done, { once: true }));
          // A frame callback asked for from the key's own input or click handling runs after the
          // widget's (asked for first) in the same frame, right before that frame is painted.
          const armed = control === 'next' ? 'click' : 'input';
          target.addEventListener(armed, () => requestAnimationFrame(check), { once: true });
          const typed = () => (control === 'search' ? (target as HTMLInputElement).value : '');
          let frames = 0;
          const check = () => {
            frames += 1;
            if (frames > 600) return reject(new Error(`${control}: no results painted after 600 frames`));
            if (!latencyDone(list, control, typed())) return void requestAnimationFrame(check);
            const channel = new MessageChannel();
            channel.port1.onmessage = async () => {
              const painted = performance.now();
              const shown = list.shadowRoot!.querySelectorAll('hms-course-card').length;
              // The side effects (URL, hms-filter-change, the announcement) and the Event Timing entries follow; not timed.
              await changed;
              await settled();
              await settled();
              const entries = eventEntries.filter((entry) => entry.startTime >= keydown - 1 && entry.interactionId > 0);
              eventEntries.length = 0;
              resolve({
                ms: painted - keydown,
                eventTiming: entries.length ? Math.max(...entries.map((entry) => entry.duration)) : 0,
                text: typed(),
                results: list.results.length,
                shown,
              });
            };
            channel.port2.postMessage(null);
          };
        },
        { once: true },
      );
    });
  },

  /** Latency with real input, step 2: the key's timestamp to the end of the frame that painted its results. */
  async latencyEnd(): Promise<LatencySample> {
    if (!pending) throw new Error('latencyStart was not called');
    try {
      return await pending;
    } finally {
      pending = undefined;
    }
  },

  /** JS heap in bytes after full collections. */
  async heap(): Promise<number> {
    for (let i = 0; i < 3; i += 1) {
      collectGarbage();
      await nextFrame();
    }
    return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
  },

  /** Renders n courses (every one in the DOM when `all`) and keeps them on the stage; `baseline` renders the hand-written one. */
  async keep(n: number, all: boolean, baseline: boolean): Promise<number> {
    await quiet();
    if (baseline) {
      stage().append(baselineList(catalogOf(n), all));
      await nextFrame();
      return cardCount(stage().firstElementChild!.shadowRoot);
    }
    const list = createList(catalogOf(n), all);
    const shown = whenShown(list);
    stage().append(list);
    await shown;
    await nextFrame();
    return cardCount(list.shadowRoot);
  },

  /** Mounts a course finder over n courses, waits until it is painted, and removes it, `count` times. */
  async cycles(count: number, n: number): Promise<void> {
    await quiet();
    for (let i = 0; i < count; i += 1) {
      const list = createList(catalogOf(n), false);
      const shown = whenShown(list);
      stage().append(list);
      await shown;
      await nextFrame();
      list.remove();
    }
    await quiet();
  },

  async clear(): Promise<void> {
    finders.clear();
    await quiet();
  },
};

declare global {
  interface Window {
    hmsBench: typeof hmsBench;
  }
}
window.hmsBench = hmsBench;
