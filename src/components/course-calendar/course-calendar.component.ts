import { isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '../../internal/html.js';
import { state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { property } from '../../internal/property.js';
import { dateAttribute } from '../../internal/converters.js';
import { headingLevel } from '../../internal/heading.js';
import {
  addDays,
  addMonthsToDay,
  dayInMonth,
  dayInZone,
  dayMs,
  daysIn,
  firstDayOfWeek,
  isTimeZone,
  monthOfDay,
  monthText,
  monthWeeks,
  nextSessionMonth,
  parseMonth,
  prepareTimeline,
  sessionsByDay,
  timelineReady,
  timelineSteps,
  visitorTimeZone,
  weekday,
  type CalendarMonth,
  type PlacedSession,
} from '../../catalog/calendar-days.js';
import { allFacetCounts, coursesMatching, prepareSearchText, queryCourses, type CourseFacet, type CourseFilters } from '../../catalog/course-query.js';
import { catalogUidDomain, sessionsToIcs } from '../../catalog/ics.js';
import type { LoadedCatalog } from '../../catalog/loader.js';
import type { Catalog, Course, CourseStatus, DivisionId, Modality } from '../../catalog/types.js';
import { formatNumber, formatSession, zoneName as sessionZoneName } from '../../i18n/format.js';
import { textDirection } from '../../i18n/locale.js';
import { HmsCatalogElement } from '../../base/catalog-element.js';
import { placeholder } from '../../base/placeholder.js';
import { COURSE_LIST_FILTERS, filterValue, optionalBoolean, renderFilterFold, renderFilterSelect } from '../course-list/course-list.filters.js';
import { icsFileName, renderCalendarMenu, saveIcs } from '../course-card/calendar-menu.js';
import { renderSaveButton } from '../course-card/save-button.js';
import { FeedsController } from '../../controllers/feeds.js';
import { SavedCoursesController } from '../../controllers/saved-courses.js';
import { localized, type Localized } from '../../catalog/localize.js';
import { nextTask } from '../../internal/idle.js';
import { bdi, langOf } from '../../i18n/catalog-text.js';
import { courseCalendarStyles } from './course-calendar.styles.js';
import '../../events/hms-calendar-download.js';
import '../../events/hms-course-select.js';
import '../../events/hms-save-change.js';

/** The calendar's two views. */
export type CourseCalendarView = 'month' | 'agenda';
/** Whose clock the calendar shows: the visitor's zone, or each course's own. */
export type CourseCalendarZone = 'visitor' | 'course';

const VIEWS: readonly CourseCalendarView[] = ['month', 'agenda'];
const FILTER_CONTROLS = COURSE_LIST_FILTERS.map((filter) => filter.control);
/** The calendar's filters: the list's, but the search text. */
const CALENDAR_FILTER_KEYS = ['division', 'modality', 'accredited', 'topic', 'language', 'status', 'q'] as const;
/** Sessions a day's cell shows before "+N more". */
const CELL_SESSIONS = 3;
/** Narrower than this (px), the calendar shows the agenda unless `view` says otherwise. */
const NARROW = 560;
/**
 * Courses up to which the calendar prepares its first content (the sessions' timeline, the results,
 * the filters' counts, the month's sessions) in the update that shows it. A larger catalog is
 * prepared a slice at a time between tasks, its skeleton on screen meanwhile: 10,000 courses in one
 * update made the longest task of issue 22's bench.
 */
const PREPARE_AT_ONCE = 1000;
/** Longest stretch, in ms, of one slice of that preparation. */
const SLICE_MS = 10;

/**
 * @summary The catalog's dated sessions in a month grid or an agenda (a list by day), with the course
 * list's filters and presets; times in the visitor's zone, or each course's own on demand.
 *
 * @tag hms-course-calendar
 *
 * @attr {string} src - URL of the catalog JSON.
 * @attr {string} month - The month shown, as `2027-03`; defaults to the month of the next session. Follows the visitor's navigation.
 * @attr {'month'|'agenda'} view - Month grid or agenda; unset: the grid, and the agenda when the widget is narrower than 560px.
 * @attr {'visitor'|'course'} zone - Times and days in the visitor's zone (default) or in each course's own zone.
 * @attr {string} time-zone - The visitor's IANA time zone, when the page knows better than the browser (default: the browser's).
 * @attr {string} division - Preset or current division filter.
 * @attr {string} modality - Format filter (`online`, `live`, `rss`, `blended`).
 * @attr {'true'|'false'} accredited - Accredited courses only, or non-accredited only.
 * @attr {string} topic - Topic filter.
 * @attr {string} language - Language filter (BCP 47 tag).
 * @attr {string} status - Status filter (`open`, `waitlist`, `closed`, `upcoming`, `on-demand`).
 * @attr {string} q - Preset search text.
 * @attr {string} controls - Comma list of `division, modality, topic, accreditation, language`, or `none`.
 * @attr {number} heading-level - Heading level of the month title (default 3); day headings are one below.
 * @attr {string} feeds-url - Where `hms-widgets feeds` output is published (the folder, or its feeds.json): shows Subscribe links when a feed holds exactly the filter shown.
 * @attr {string} now - ISO date-time the calendar takes as now: today's mark and the first month shown (previews and tests).
 * @attr {boolean} saveable - A Save (star) button on each session of the agenda and of a day's sessions: the visitor's saved list, kept in this browser only.
 * @attr {string} locale - Language of the widget's own text, dates and numbers.
 *
 * @fires {HmsCourseSelectEvent} hms-course-select - A session's course title was activated (cancelable).
 * @fires {HmsCalendarDownloadEvent} hms-calendar-download - An .ics is about to download: one session's, or the month's (cancelable).
 * @fires {HmsSaveChangeEvent} hms-save-change - The visitor saved or removed a course with a session's Save button (with `saveable`).
 * @fires {HmsLoadEvent} hms-load - The catalog loaded.
 * @fires {HmsErrorEvent} hms-error - The catalog could not be shown.
 *
 * @csspart filters - The form of filters.
 * @csspart field - One labelled filter.
 * @csspart filters-toggle - "Filters": below 40em of the widget's width, the button that shows or hides the filter selects (`aria-expanded`); its accessible name says how many filters are set.
 * @csspart filters-count - The number of filters set, on that button (not shown when none is).
 * @csspart filter-panel - The filter selects: in the bar on a wide widget, folded behind `filters-toggle` on a narrow one.
 * @csspart filter - A filter select (also `filter-division`, `filter-modality`, ...).
 * @csspart toolbar - The month navigation and the view and time choices.
 * @csspart title - The month and year (a heading).
 * @csspart previous - The previous-month button.
 * @csspart next - The next-month button.
 * @csspart today - The button back to today's month.
 * @csspart views - The month/agenda switch (buttons, `aria-pressed` on the current one).
 * @csspart zones - The visitor's time/course's time switch.
 * @csspart switch - One button of either switch.
 * @csspart add-all - "Add these N sessions to a calendar": the shown month's sessions as one .ics.
 * @csspart subscribe - The Subscribe links (only when a published feed matches the filter).
 * @csspart subscribe-link - One Subscribe link: `webcal:` (Apple Calendar, Outlook) or Google Calendar's add-by-URL.
 * @csspart grid - The month grid (an ARIA grid: arrows, Home/End, PageUp/PageDown, Enter).
 * @csspart weekday - A weekday column header.
 * @csspart cell - A day of the grid.
 * @csspart today - Today's cell (with `cell`).
 * @csspart outside - A cell of the month before or after (with `cell`).
 * @csspart has-sessions - A cell of a day with sessions (with `cell`).
 * @csspart date - The day's number in its cell.
 * @csspart session - One session in a day's cell: time and title.
 * @csspart more - "+N more" in a day's cell.
 * @csspart day - The sessions of the day chosen in the grid.
 * @csspart day-title - That day's heading.
 * @csspart close - The button that closes the day's sessions.
 * @csspart agenda - The agenda: the month's days with sessions.
 * @csspart agenda-date - A day's heading in the agenda.
 * @csspart item - One session in the agenda or the day's sessions.
 * @csspart time - A session's time, in the zone shown.
 * @csspart course-time - The same time in the course's own zone, when it differs.
 * @csspart item-title - A session's course title (a link when the course has a page).
 * @csspart modality - A session's format.
 * @csspart calendar-menu - A session's "Add to calendar" menu (with `calendar`, `calendar-options`, `calendar-option`, `calendar-ics`).
 * @csspart calendar - The button that opens a session's "Add to calendar" menu.
 * @csspart calendar-options - The menu's list of choices.
 * @csspart calendar-option - One choice of the menu.
 * @csspart calendar-ics - The menu's .ics download.
 * @csspart save - A session's Save (star) toggle, with `saveable`: it saves the session's course (`aria-pressed="true"` when saved).
 * @csspart empty - Shown when the month has no session.
 * @csspart skeleton - The placeholder while loading.
 * @csspart error - The error box (with `error-title`, `error-message`, `retry`).
 * @csspart announcement - The visually hidden live region: month changes, loading and errors.
 *
 * @cssprop --hms-course-calendar-cell-min-height - Height of a day's cell in the grid (default 6.5em).
 * @cssprop --hms-course-calendar-today-color - Today's mark (default: --hms-color-primary).
 * @cssprop --hms-course-calendar-session-surface - Background of a session in a cell (default: --hms-color-surface-muted).
 */
export class HmsCourseCalendar extends HmsCatalogElement {
  static override styles = courseCalendarStyles;

  /** The month shown, `2027-03`; unset: the month of the next session. The visitor's navigation sets it. */
  @property({ reflect: true }) month?: string = undefined;
  /** `month` or `agenda`; unset: the grid, or the agenda when the widget is narrow. */
  @property({ reflect: true }) view?: CourseCalendarView = undefined;
  /** Whose clock: `visitor` (the visitor's zone) or `course` (each course's own zone). */
  @property({ reflect: true }) zone: CourseCalendarZone = 'visitor';
  /** The visitor's IANA time zone, when the page knows it better than the browser. */
  @property({ attribute: 'time-zone' }) timeZone?: string = undefined;
  /** Division filter. */
  @property({ reflect: true }) division?: DivisionId = undefined;
  /** Format filter. */
  @property({ reflect: true }) modality?: Modality = undefined;
  /** Accreditation filter: true, false, or unset for both. */
  @property({ reflect: true, converter: optionalBoolean }) accredited?: boolean = undefined;
  /** Topic filter. */
  @property({ reflect: true }) topic?: string = undefined;
  /** Language filter: a BCP 47 tag of course content. */
  @property({ reflect: true }) language?: string = undefined;
  /** Status filter. */
  @property({ reflect: true }) status?: CourseStatus = undefined;
  /** Preset search text (case- and accent-insensitive, over title, summary, topics and directors). */
  @property({ reflect: true }) q?: string = undefined;
  /** Filters the visitor sees: a comma list of `division, modality, topic, accreditation, language`, or `none`. */
  @property() controls = FILTER_CONTROLS.join(', ');
  /** Heading level of the month title; day headings are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** Where the subscription feeds of `hms-widgets feeds` are published: the folder, or its `feeds.json`. */
  @property({ attribute: 'feeds-url' }) feedsUrl?: string = undefined;
  /** The time the calendar takes as now (today's mark, the first month shown); defaults to now. */
  @property({ converter: dateAttribute }) now?: Date = undefined;
  /** A Save (star) button on each session of the agenda and of a day's sessions: the visitor's saved list, kept in this browser only. */
  @property({ type: Boolean, reflect: true }) saveable = false;

  /** The day that has the grid's focus (roving tabindex), `2027-03-28`. */
  @state() private focusDay?: string;
  /** The day whose sessions are open under the grid. */
  @state() private openDay?: string;
  /** True when the widget is narrower than {@link NARROW}. */
  @state() private narrow = false;
  /** Whether the folded filters are shown (only matters below 40em of width, where they fold). */
  @state() private filtersOpen = false;

  /** The courses that match the filters, in catalog order (the grid needs which, not their order). */
  #results: Course[] = [];
  /** {@link results} in their order, worked out when a host asks for it. */
  #ordered?: readonly Course[];
  /** The results as a set, when a filter narrows the catalog (undefined: every course). */
  #only?: Set<Course>;
  /** The courses whose first content is prepared (see {@link PREPARE_AT_ONCE}). */
  #prepared?: readonly Course[];
  /** The preparation running a slice at a time, for those courses. */
  #preparing?: { courses: readonly Course[]; done: Promise<void> };
  #resultsFor?: { courses: readonly Course[]; key: string };
  /** The filters' option counts, for the results and the controls shown: a new map each time (the filters' template is guarded on it). */
  #facets = new Map<CourseFacet, Map<string, number>>();
  #facetsFor?: { results: readonly Course[]; controls: string };
  /** The month shown when `month` is unset: the next session's, worked out once per catalog and filter. */
  #firstMonth?: CalendarMonth;
  #days = new Map<string, PlacedSession[]>();
  #daysFor?: { results: readonly Course[]; month: string; zone: string };
  #resize?: ResizeObserver;
  /** The Subscribe links of the feed that matches the filters, with `feeds-url`. */
  #feeds = new FeedsController(this, () => this.feedsUrl);
  /** The visitor's saved courses, with `saveable` (without it, nothing is read or stored). */
  #saved = new SavedCoursesController(this, () => this.saveable);

  /** The filters in force. */
  get filters(): CourseFilters {
    const filters: CourseFilters = {};
    for (const key of CALENDAR_FILTER_KEYS) {
      const value = this[key];
      if (value !== undefined && value !== '') (filters as Record<string, unknown>)[key] = value;
    }
    return filters;
  }

  /** The courses that match the filters, dated or not. */
  get results(): readonly Course[] {
    const catalog = this.data.value?.catalog;
    if (!catalog || this.#resultsFor?.courses !== catalog.courses) return this.#results;
    // By first session, as before the render path stopped sorting: sorted only when a host asks.
    if (!this.#ordered) {
      const only = this.#only;
      const all = queryCourses(catalog.courses, {}, 'start-date', this.resolvedLocale);
      this.#ordered = only ? all.filter((course) => only.has(course)) : all;
    }
    return this.#ordered;
  }

  /** The sessions of the month shown, each on its day (`2027-03-28`) in the zone shown. */
  get sessions(): ReadonlyMap<string, readonly PlacedSession[]> {
    return this.#days;
  }

  /** The month shown, `2027-03`. */
  get shownMonth(): string {
    return monthText(this.currentMonth);
  }

  /** The zone days and times are shown in: the visitor's (or `time-zone`), or `course` for each course's own. */
  get shownZone(): string {
    return this.zone === 'course' ? 'course' : this.visitorZone;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer || typeof ResizeObserver === 'undefined') return;
    this.#resize = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      if (width > 0 && width < NARROW !== this.narrow) this.narrow = width < NARROW;
    });
    if (this.hasUpdated) this.observeWidth();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#resize = undefined;
  }

  override firstUpdated(): void {
    this.observeWidth();
  }

  /**
   * Watches the width through an empty line at the end of the shadow root, not the host: the host's
   * height changes when the view does, which would notify the observer again in the same frame.
   */
  private observeWidth(): void {
    const probe = this.renderRoot.querySelector('.width-probe');
    if (probe) this.#resize?.observe(probe);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('view') && this.view !== undefined && !VIEWS.includes(this.view)) {
      console.warn(`<hms-course-calendar>: view="${this.view}" is not one of ${VIEWS.join(', ')}; choosing by width.`);
    }
    if (changed.has('month') && this.month !== undefined && !parseMonth(this.month)) {
      console.warn(`<hms-course-calendar>: month="${this.month}" is not a month such as 2027-03; showing the next session's month.`);
    }
    if (changed.has('timeZone') && this.timeZone !== undefined && !isTimeZone(this.timeZone)) {
      console.warn(`<hms-course-calendar>: time-zone="${this.timeZone}" is not an IANA time zone; using the browser's.`);
    }
    const catalog = this.data.value?.catalog;
    // Until its first content is prepared, a large catalog's calendar keeps its skeleton.
    if (!catalog || !this.prepare(catalog)) return;
    this.updateResults(catalog);
    this.updateFacets(catalog);
    this.updateDays(catalog.courses);
    const month = this.currentMonth;
    const text = monthText(month);
    // The focused day is always one of the month shown.
    if (!this.focusDay || this.focusDay.slice(0, 7) !== text) this.focusDay = this.defaultDay(month);
    if (this.openDay && this.openDay.slice(0, 7) !== text) this.openDay = undefined;
  }

  override render(): TemplateResult {
    return html`${this.renderCatalog(
        (loaded) => (this.#prepared === loaded.catalog.courses ? this.renderCalendar(loaded) : undefined),
        () => this.renderSkeleton(),
      )}<div class="width-probe"></div>`;
  }

  /** The visitor's zone: `time-zone` when it is one, else the browser's. */
  private get visitorZone(): string {
    return isTimeZone(this.timeZone) ? this.timeZone : visitorTimeZone();
  }

  private get nowMs(): number {
    return (this.now ?? new Date()).getTime();
  }

  /** Today, in the zone shown (the visitor's when each course keeps its own). */
  private get today(): string {
    return dayInZone(this.nowMs, this.visitorZone);
  }

  private get currentMonth(): CalendarMonth {
    const chosen = parseMonth(this.month);
    if (chosen) return chosen;
    const courses = this.data.value?.catalog.courses;
    // Until the sessions are in, today's month stands in (the skeleton, while the timeline is made).
    if (!courses || !timelineReady(courses)) return monthOfDay(this.today);
    this.#firstMonth ??= nextSessionMonth(courses, this.nowMs, this.shownZone, this.#only) ?? monthOfDay(this.today);
    return this.#firstMonth;
  }

  /** `updateComplete` also waits for a large catalog's preparation, so it resolves on a calendar with its sessions. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#preparing) {
      await this.#preparing.done;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private get shownView(): CourseCalendarView {
    if (this.view && VIEWS.includes(this.view)) return this.view;
    return this.narrow ? 'agenda' : 'month';
  }

  private get shownControls(): string[] {
    const names = this.controls.split(',').map((name) => name.trim().toLowerCase());
    return names.includes('none') ? [] : FILTER_CONTROLS.filter((control) => names.includes(control));
  }

  /** How many sessions the month shown has. */
  private get sessionTotal(): number {
    let total = 0;
    for (const list of this.#days.values()) total += list.length;
    return total;
  }

  /**
   * True when the first content for `catalog` can render: at once for a small catalog, on the server
   * and when hydrating a server render (whose first render must be the server's); else once
   * {@link preparation} has run, a slice at a time between tasks (the skeleton stays until then).
   */
  private prepare(catalog: Catalog): boolean {
    const courses = catalog.courses;
    if (this.#prepared === courses) return true;
    if (isServer || this.serverRendered || courses.length <= PREPARE_AT_ONCE) {
      prepareTimeline(courses);
      this.#prepared = courses;
      this.#preparing = undefined;
      return true;
    }
    if (this.#preparing?.courses !== courses) this.#preparing = { courses, done: this.prepareInSlices(courses, this.preparation(catalog)) };
    return false;
  }

  /** The work of a first content render, in steps: the sessions' timeline, the search text (with `q`), the results, the filters' counts, the month's sessions. */
  private *preparation(catalog: Catalog): Generator<void, void, void> {
    const courses = catalog.courses;
    yield* timelineSteps(courses);
    if (this.filters.q) while (!prepareSearchText(courses, () => true, catalog.topics)) yield;
    this.updateResults(catalog);
    yield;
    this.updateFacets(catalog);
    yield;
    this.updateDays(courses);
  }

  /** Runs the steps about {@link SLICE_MS} at a time, each slice in a task of its own, then renders the content. */
  private async prepareInSlices(courses: readonly Course[], steps: Generator<void, void, void>): Promise<void> {
    for (;;) {
      // Not in the task that brought the catalog: that one has had its share.
      await nextTask();
      // A newer catalog came in (it has its own preparation, or needs none).
      if (this.#preparing?.courses !== courses) return;
      const until = performance.now() + SLICE_MS;
      let step = steps.next();
      while (!step.done && performance.now() < until) step = steps.next();
      if (step.done) break;
    }
    this.#prepared = courses;
    this.#preparing = undefined;
    this.requestUpdate();
  }

  /** Matches the courses to the filters, when the catalog, the filters or the language changed. */
  private updateResults(catalog: Catalog): void {
    const courses = catalog.courses;
    const key = JSON.stringify([this.filters, this.resolvedLocale]);
    if (this.#resultsFor?.courses === courses && this.#resultsFor.key === key) return;
    this.#results = coursesMatching(courses, this.filters, catalog.topics);
    this.#ordered = undefined;
    this.#only = Object.keys(this.filters).length ? new Set(this.#results) : undefined;
    this.#resultsFor = { courses, key };
    this.#firstMonth = undefined;
    this.#daysFor = undefined;
  }

  /** Places the sessions of the month shown on their days, when the results, the month or the zone changed. */
  private updateDays(courses: readonly Course[]): void {
    const month = this.currentMonth;
    const zone = this.shownZone;
    const text = monthText(month);
    if (this.#daysFor?.results === this.#results && this.#daysFor.month === text && this.#daysFor.zone === zone) return;
    this.#days = sessionsByDay(courses, dayInMonth(month, 1), dayInMonth(month, daysIn(month)), zone, this.#only);
    this.#daysFor = { results: this.#results, month: text, zone };
  }

  /** Counts the options of the filters shown, for the results, when either changed. */
  private updateFacets(catalog: Catalog): void {
    const controls = this.shownControls;
    if (this.#facetsFor?.results === this.#results && this.#facetsFor.controls === controls.join()) return;
    const facets = COURSE_LIST_FILTERS.filter((filter) => controls.includes(filter.control)).map((filter) => filter.key);
    this.#facets = facets.length ? allFacetCounts(catalog.courses, this.filters, facets, catalog.topics) : new Map();
    this.#facetsFor = { results: this.#results, controls: controls.join() };
  }

  /** The day focus lands on in a month: today, else the first day with a session, else the 1st. */
  private defaultDay(month: CalendarMonth): string {
    const today = this.today;
    if (today.slice(0, 7) === monthText(month)) return today;
    const first = [...this.#days.keys()].sort()[0];
    return first ?? dayInMonth(month, 1);
  }

  private renderCalendar({ catalog }: LoadedCatalog): TemplateResult {
    const view = this.shownView;
    return html`${this.renderFilters(catalog)} ${this.renderToolbar()}
      ${view === 'month' ? html`${this.renderGrid()}${this.openDay ? this.renderDay(this.openDay) : nothing}` : this.renderAgenda()}`;
  }

  private renderFilters(catalog: Catalog): unknown {
    const controls = this.shownControls;
    if (controls.length === 0) return nothing;
    const t = this.t;
    const locale = this.resolvedLocale;
    const filters = COURSE_LIST_FILTERS.filter((filter) => controls.includes(filter.control));
    const collator = collatorFor(locale);
    // Rebuilt only when what it shows changes (the counts follow the filters): not for each arrow key in the grid.
    return guard([catalog, this.#facets, t, locale, controls.join(), this.filtersOpen], () => html`<form part="filters" class="filters" role="search" aria-label=${t.filtersLabel} @submit=${(e: Event) => e.preventDefault()}>
      ${renderFilterFold(
        repeat(
          filters,
          (filter) => filter.key,
          (filter) => renderFilterSelect(filter, this.#facets.get(filter.key), String(this[filter.key] ?? ''), this.onFilterChange, { t, catalog, locale, collator }),
        ),
        {
          t,
          locale,
          active: filters.filter((filter) => String(this[filter.key] ?? '') !== '').length,
          open: this.filtersOpen,
          onToggle: () => (this.filtersOpen = !this.filtersOpen),
        },
      )}
    </form>`);
  }

  private renderToolbar(): TemplateResult {
    const t = this.t;
    const view = this.shownView;
    const total = this.sessionTotal;
    const locale = this.resolvedLocale;
    const rtl = textDirection(locale) === 'rtl';
    return html`<div part="toolbar" class="toolbar">
      <div class="month-nav">
        <button part="previous" class="step" type="button" aria-label=${t.previousMonth} @click=${() => this.goToMonth(-1)}>
          <span aria-hidden="true">${rtl ? '›' : '‹'}</span>
        </button>
        <div part="title" class="title" id="title" role="heading" aria-level=${headingLevel(this.headingLevel)}>${this.monthTitle()}</div>
        <button part="next" class="step" type="button" aria-label=${t.nextMonth} @click=${() => this.goToMonth(1)}>
          <span aria-hidden="true">${rtl ? '‹' : '›'}</span>
        </button>
        <button part="today" class="button" type="button" @click=${() => this.goToToday()}>${t.today}</button>
      </div>
      <div class="choices">
        <div part="views" class="switch" role="group" aria-label=${t.viewLabel}>
          ${VIEWS.map(
            (name) =>
              html`<button part="switch" type="button" aria-pressed=${name === view ? 'true' : 'false'} @click=${() => this.chooseView(name)}>
                ${name === 'month' ? t.monthView : t.agendaView}
              </button>`,
          )}
        </div>
        <div part="zones" class="switch" role="group" aria-label=${t.calendarTimesIn}>
          <button part="switch" type="button" aria-pressed=${this.zone !== 'course' ? 'true' : 'false'} @click=${() => this.chooseZone('visitor')}>
            ${t.calendarYourTime(zoneName(this.visitorZone, locale))}
          </button>
          <button part="switch" type="button" aria-pressed=${this.zone === 'course' ? 'true' : 'false'} @click=${() => this.chooseZone('course')}>
            ${t.courseTimes}
          </button>
        </div>
        ${total > 0
          ? html`<button part="add-all" class="button" type="button" @click=${this.onAddAll}>${t.addSessions(total, formatNumber(total, locale))}</button>`
          : nothing}
        ${this.renderSubscribe()}
      </div>
    </div>`;
  }

  /** Subscribe links, when a published feed holds exactly the sessions of the filters shown. */
  private renderSubscribe(): TemplateResult | typeof nothing {
    const links = this.#feeds.linksFor(this.filters as Record<string, unknown>);
    if (!links) return nothing;
    const t = this.t;
    return html`<ul part="subscribe" class="subscribe" aria-label=${t.subscribeLabel}>
      <li><a part="subscribe-link" href=${links.webcal}>${t.subscribeWebcal}</a></li>
      <li><a part="subscribe-link" href=${links.google} target="_blank" rel="noopener noreferrer">${t.subscribeGoogle}</a></li>
    </ul>`;
  }

  private renderGrid(): TemplateResult {
    const month = this.currentMonth;
    const locale = this.resolvedLocale;
    const text = monthText(month);
    const today = this.today;
    const weeks = monthWeeks(month, firstDayOfWeek(locale));
    const long = dateFormat(locale, { weekday: 'long' });
    const short = dateFormat(locale, { weekday: 'short' });
    const full = dateFormat(locale, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
    const number = dateFormat(locale, { day: 'numeric' });
    const t = this.t;
    return html`<table part="grid" class="grid" role="grid" aria-labelledby="title" @keydown=${this.onGridKeydown} @click=${this.onGridClick}>
      <thead>
        <tr>
          ${weeks[0].map((day) => {
            const date = new Date(dayMs(day));
            return html`<th part="weekday" scope="col" abbr=${long.format(date)}><span aria-hidden="true">${short.format(date)}</span><span class="visually-hidden">${long.format(date)}</span></th>`;
          })}
        </tr>
      </thead>
      <tbody>
        ${weeks.map(
          (week) => html`<tr>
            ${week.map((day) => {
              const inMonth = day.slice(0, 7) === text;
              const sessions = inMonth ? (this.#days.get(day) ?? []) : [];
              const date = new Date(dayMs(day));
              const parts = ['cell', day === today ? 'today' : '', inMonth ? '' : 'outside', sessions.length ? 'has-sessions' : ''].filter(Boolean).join(' ');
              const more = sessions.length - CELL_SESSIONS;
              return html`<td
                part=${parts}
                class="cell ${inMonth ? '' : 'outside'} ${day === today ? 'today' : ''}"
                role="gridcell"
                data-day=${day}
                tabindex=${day === this.focusDay ? '0' : '-1'}
                aria-selected=${day === this.openDay ? 'true' : 'false'}
                aria-current=${day === today ? 'date' : nothing}
              >
                <span part="date" class="date" aria-hidden="true">${number.format(date)}</span>
                <span class="visually-hidden">${full.format(date)}${sessions.length ? html`, ${t.sessionCount(sessions.length, formatNumber(sessions.length, locale))}` : nothing}</span>
                ${sessions.length
                  ? html`<ul class="cell-sessions" aria-hidden="true">
                      ${sessions.slice(0, more > 0 ? CELL_SESSIONS - 1 : CELL_SESSIONS).map(
                        (placed) => html`<li part="session" class="session modality-${placed.course.modality}">
                          <span class="session-time">${this.timeText(placed, false)}</span> <span class="session-title">${bdi(this.titleOf(placed.course), locale)}</span>
                        </li>`,
                      )}
                      ${more > 0 ? html`<li part="more" class="more">${t.moreSessions(more + 1, formatNumber(more + 1, locale))}</li>` : nothing}
                    </ul>`
                  : nothing}
              </td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /** The sessions of one day, under the grid. */
  private renderDay(day: string): TemplateResult {
    const t = this.t;
    const locale = this.resolvedLocale;
    const full = dateFormat(locale, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
    const sessions = this.#days.get(day) ?? [];
    return html`<section part="day" class="day" aria-labelledby="day-title" tabindex="-1">
      <div class="day-head">
        <div part="day-title" class="day-title" id="day-title" role="heading" aria-level=${Math.min(6, headingLevel(this.headingLevel) + 1)}>
          ${t.sessionsOn(full.format(new Date(dayMs(day))))}
        </div>
        <button part="close" class="button" type="button" @click=${this.closeDay}>${t.closeDay}</button>
      </div>
      ${sessions.length ? this.renderItems(sessions) : html`<p part="empty" class="empty">${t.sessionCount(0, formatNumber(0, locale))}</p>`}
    </section>`;
  }

  private renderAgenda(): TemplateResult {
    const t = this.t;
    const locale = this.resolvedLocale;
    const days = [...this.#days.keys()].sort();
    if (days.length === 0) return html`<p part="empty" class="empty">${t.noSessionsMonth}</p>`;
    const full = dateFormat(locale, { weekday: 'long', month: 'long', day: 'numeric' });
    const level = Math.min(6, headingLevel(this.headingLevel) + 1);
    return html`<div part="agenda" class="agenda" role="region" aria-labelledby="title">
      ${repeat(
        days,
        (day) => day,
        (day) => html`<section class="agenda-day">
          <div part="agenda-date" class="agenda-date ${day === this.today ? 'today' : ''}" role="heading" aria-level=${level}>
            ${full.format(new Date(dayMs(day)))}
          </div>
          ${this.renderItems(this.#days.get(day)!)}
        </section>`,
      )}
    </div>`;
  }

  /** A day's sessions: time (and the course's own time), title, format, "Add to calendar". */
  private renderItems(sessions: readonly PlacedSession[]): TemplateResult {
    const t = this.t;
    const locale = this.resolvedLocale;
    const catalog = this.catalogIdentity;
    return html`<ul class="items">
      ${repeat(
        sessions,
        (placed) => `${placed.course.id}#${placed.index}`,
        (placed) => {
          const { course, session } = placed;
          const title = this.titleOf(course);
          const lang = langOf(title, locale);
          const ownZone = placed.timeZone !== session.timeZone;
          return html`<li part="item" class="item">
            <p part="time" class="time">${this.timeText(placed, true)}</p>
            ${ownZone ? html`<p part="course-time" class="course-time">${t.courseTimeOf(`${formatSession(session, locale)} ${sessionZoneName(session, locale)}`)}</p>` : nothing}
            <p part="item-title" class="item-title">
              ${course.url ? html`<a href=${course.url} @click=${(event: MouseEvent) => this.onSelect(event, course)}>${bdi(title, locale)}</a>` : bdi(title, locale)}
            </p>
            <p part="modality" class="modality">${t.modality[course.modality] ?? course.modality}</p>
            <div class="item-actions">
              ${renderCalendarMenu({ course, session: placed.index, t, title: title.text, lang, onIcs: () => this.downloadSessions([placed], course) })}
              ${this.saveable
                ? renderSaveButton({ saved: this.#saved.has(catalog, course.id), t, title: title.text, lang, onToggle: () => this.onSave(course, title) })
                : nothing}
            </div>
          </li>`;
        },
      )}
    </ul>`;
  }

  /**
   * The skeleton: the calendar's own filters' boxes, toolbar and grid (empty, with no catalog yet: the
   * grid's rows have a fixed height, so it takes the loaded grid's space), or three agenda days.
   */
  private renderSkeleton(): TemplateResult {
    const t = this.t;
    const filters = COURSE_LIST_FILTERS.filter((filter) => this.shownControls.includes(filter.control));
    return placeholder(html`${filters.length
        ? html`<div class="filters">
            <span class="filters-toggle">${t.filtersButton}</span>
            <div class="filter-panel">${filters.map((filter) => html`<div class="field"><label>${t[filter.label]}</label><select tabindex="-1"></select></div>`)}</div>
          </div>`
        : nothing}
      ${this.renderToolbar()}
      ${this.shownView === 'month'
        ? this.renderGrid()
        : html`<div class="agenda">
            ${[0, 1, 2].map(
              () => html`<section class="agenda-day">
                <p class="agenda-date">${t.calendarLabel}</p>
                <ul class="items"><li class="item"><p class="time">${t.calendarLabel}</p><p class="item-title">${t.calendarLabel}</p></li></ul>
              </section>`,
            )}
          </div>`}`);
  }

  /** "9:00 AM" (or, with `range`, "9:00 AM – 5:00 PM GMT+1"), in the zone the session is placed in. */
  private timeText(placed: PlacedSession, range: boolean): string {
    const locale = this.resolvedLocale;
    if (!range) return dateFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: placed.timeZone }).format(placed.start);
    // A session that ends on a later day (in this zone) shows that day too.
    const crosses = dayInZone(placed.end, placed.timeZone) !== placed.day;
    const format = dateFormat(locale, {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: placed.timeZone,
      timeZoneName: 'short',
      ...(crosses ? { month: 'short', day: 'numeric' } : {}),
    });
    return placed.end > placed.start ? format.formatRange(placed.start, placed.end) : format.format(placed.start);
  }

  /** "March 2027". */
  private monthTitle(month = this.currentMonth): string {
    return dateFormat(this.resolvedLocale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(dayMs(dayInMonth(month, 1)));
  }

  /** Moves `count` months on, keeping the focused day's number, and says the new month and its sessions. */
  goToMonth(count: number): void {
    this.showDay(addMonthsToDay(this.focusDay ?? dayInMonth(this.currentMonth, 1), count), false);
  }

  /** Shows today's month, with today focused in the grid. */
  goToToday(): void {
    this.showDay(this.today, false);
  }

  /** Makes `day` the grid's focused day (changing the month when it is in another one); moves focus to it when `focus`. */
  private showDay(day: string, focus: boolean): void {
    const before = monthText(this.currentMonth);
    const month = day.slice(0, 7);
    this.focusDay = day;
    if (month !== before) {
      this.month = month;
      this.openDay = undefined;
      this.announcer.say(() => this.t.monthStatus(this.monthTitle(), this.t.sessionCount(this.sessionTotal, formatNumber(this.sessionTotal, this.resolvedLocale))));
    }
    if (focus) this.focusKeeper.moveAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>(`td[data-day="${day}"]`));
  }

  private closeDay = (): void => {
    const day = this.openDay;
    this.openDay = undefined;
    if (day) this.focusKeeper.moveAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>(`td[data-day="${day}"]`));
  };

  /** Opens a day's sessions under the grid and brings focus to them. */
  private openSessions(day: string): void {
    if (day.slice(0, 7) !== monthText(this.currentMonth)) {
      this.showDay(day, true);
      return;
    }
    this.focusDay = day;
    this.openDay = day;
    this.focusKeeper.moveAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('[part~="day"]'));
  }

  private chooseView(view: CourseCalendarView): void {
    this.view = view;
  }

  private chooseZone(zone: CourseCalendarZone): void {
    this.zone = zone;
  }

  /** The APG date grid's keys: arrows by day and week (mirrored right to left), Home/End, PageUp/PageDown (with Shift, by year), Enter and Space. */
  private onGridKeydown = (event: KeyboardEvent): void => {
    const day = this.focusDay;
    if (!day || event.altKey || event.ctrlKey || event.metaKey) return;
    const rtl = textDirection(this.resolvedLocale) === 'rtl';
    const start = firstDayOfWeek(this.resolvedLocale);
    const column = (weekday(day) - start + 7) % 7;
    let next: string | undefined;
    switch (event.key) {
      case 'ArrowRight':
        next = addDays(day, rtl ? -1 : 1);
        break;
      case 'ArrowLeft':
        next = addDays(day, rtl ? 1 : -1);
        break;
      case 'ArrowDown':
        next = addDays(day, 7);
        break;
      case 'ArrowUp':
        next = addDays(day, -7);
        break;
      case 'Home':
        next = addDays(day, -column);
        break;
      case 'End':
        next = addDays(day, 6 - column);
        break;
      case 'PageUp':
        next = addMonthsToDay(day, event.shiftKey ? -12 : -1);
        break;
      case 'PageDown':
        next = addMonthsToDay(day, event.shiftKey ? 12 : 1);
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.openSessions(day);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.showDay(next, true);
    // Within the month, focus moves at once (no update needed to find the cell).
    const cell = this.renderRoot.querySelector<HTMLElement>(`td[data-day="${next}"]:not(.outside)`);
    if (cell) {
      this.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]')?.setAttribute('tabindex', '-1');
      cell.tabIndex = 0;
      cell.focus();
    }
  };

  private onGridClick = (event: MouseEvent): void => {
    const cell = (event.target as Element).closest<HTMLElement>('td[data-day]');
    if (cell?.dataset.day) this.openSessions(cell.dataset.day);
  };

  private onFilterChange = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    const key = select.dataset.filter as (typeof CALENDAR_FILTER_KEYS)[number];
    (this as Record<string, unknown>)[key] = filterValue(key, select.value);
    this.announcer.say(() => this.t.monthStatus(this.monthTitle(), this.t.sessionCount(this.sessionTotal, formatNumber(this.sessionTotal, this.resolvedLocale))));
  };

  private onSelect(event: MouseEvent, course: Course): void {
    if (!this.emit('hms-course-select', { course }, { cancelable: true })) event.preventDefault();
  }

  /** A course's title in the language that best serves the visitor's (issue 19's translations), else as the catalog has it. */
  private titleOf(course: Course): Localized {
    return localized(course, 'title', this.resolvedLocale) ?? { text: course.title ?? '', lang: this.resolvedLocale };
  }

  /** The catalog's identity (the host of its organization's address): its sessions' UIDs and its saved list's key. */
  private get catalogIdentity(): string {
    return catalogUidDomain(this.data.value?.catalog);
  }

  /** Saves a session's course, or removes it when saved, and says so with `hms-save-change`. */
  private onSave(course: Course, title: Localized): void {
    this.emit('hms-save-change', this.#saved.toggle(this.catalogIdentity, course, title));
  }

  /** "Add these N sessions": the month's sessions shown, as one .ics. */
  private onAddAll = (): void => {
    const sessions = [...this.#days.keys()].sort().flatMap((day) => this.#days.get(day)!);
    this.downloadSessions(sessions, undefined);
  };

  /** Downloads sessions as one .ics, after a cancelable `hms-calendar-download`. */
  private downloadSessions(sessions: readonly PlacedSession[], course: Course | undefined): void {
    const ics = sessionsToIcs(
      sessions.map(({ course: c, index }) => ({ course: c, index })),
      { uidDomain: this.catalogIdentity },
    );
    if (!ics || sessions.length === 0) return;
    const courses = [...new Set(sessions.map((placed) => placed.course))];
    if (!this.emit('hms-calendar-download', { course: course ?? courses[0], courses, ics }, { cancelable: true })) return;
    const single = sessions.length === 1 ? sessions[0] : undefined;
    saveIcs(this.renderRoot, ics, icsFileName(single ? `${single.course.id}-${single.index + 1}` : `sessions-${this.shownMonth}`));
  }
}

const collators = new Map<string, Intl.Collator>();
/** The filters' collator, made once per locale (a render, each arrow key in the grid, made one before). */
function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale)));
  return collator;
}

const formats = new Map<string, Intl.DateTimeFormat>();
/** A date formatter, made once per locale and options (in UTC unless a zone is given: grid days are UTC midnights). */
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options })));
  return format;
}

/** A zone's name for people, "Central European Time", else its IANA id's city ("Sao Paulo"). */
function zoneName(timeZone: string, locale: string): string {
  try {
    const name = dateFormat(locale, { timeZone, timeZoneName: 'longGeneric' } as Intl.DateTimeFormatOptions)
      .formatToParts(0)
      .find((part) => part.type === 'timeZoneName')?.value;
    if (name) return name;
  } catch {
    // an engine without longGeneric
  }
  return timeZone.split('/').pop()!.replace(/_/g, ' ');
}

declare global {
  interface HTMLElementTagNameMap {
    'hms-course-calendar': HmsCourseCalendar;
  }
}
