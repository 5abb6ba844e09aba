import { isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '../../internal/html.js';
import { query, state } from 'lit/decorators.js';
import { property } from '../../internal/property.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { allFacetCounts, COURSE_SORTS, queryCourses, type CourseFacet, type CourseFilters, type CourseSort } from '../../catalog/course-query.js';
import type { LoadedCatalog } from '../../catalog/loader.js';
import type { Catalog, Course, CourseStatus, DivisionId, Modality } from '../../catalog/types.js';
import { catalogUidDomain, coursesToIcs } from '../../catalog/ics.js';
import { LIST_LIMITS, validateFirstCourses } from '../../catalog/validate.js';
import { icsFileName, saveIcs } from '../course-card/calendar-menu.js';
import { safeUrl } from '../../catalog/url.js';
import { SearchTextController } from '../../controllers/search-text.js';
import { StructuredDataController } from '../../controllers/structured-data.js';
import { UrlSyncController, type UrlView } from '../../controllers/url-sync.js';
import { formatNumber } from '../../i18n/format.js';
import { termIdFor } from '../../catalog/localize.js';
import { setTimeView, TimeViewController, timeView, type TimeView } from '../../controllers/time-view.js';
import { afterNextPaint } from '../../internal/idle.js';
import { sectionName } from '../../internal/section-name.js';
import { pageBaseUrl } from '../../internal/page-base.js';
import { HmsCatalogElement } from '../../base/catalog-element.js';
import { HmsCourseCard } from '../course-card/course-card.component.js';
import {
  capSearchText,
  COURSE_LIST_FILTERS,
  FILTER_KEYS,
  filterValue,
  isFilterText,
  optionalBoolean,
  SEARCH_MAX_LENGTH,
  renderFilterFold,
  renderFilterSelect,
  type CourseListFilter,
  type FilterKey,
} from './course-list.filters.js';
import { renderPager } from './course-list.pager.js';
import { placeholder, SKELETON_MAX_ITEMS, times } from '../../base/placeholder.js';
import { firstScreenItems, RenderSteps } from '../../controllers/render-steps.js';
import { takeStartTop } from '../../internal/start-positions.js';
import { COURSE_CARD_MIN_EM, courseListStyles } from './course-list.styles.js';
import { gridClasses, gridColumns, MAX_COLUMNS } from '../../styles/list.js';
import '../../events/hms-filter-change.js';

void HmsCourseCard; // the list renders <hms-course-card>; its define module registers both tags

/** How the list lays out its cards. */
export type CourseListLayout = 'grid' | 'list' | 'compact' | 'band';
/** Controls a visitor can be shown. */
export type CourseListControl = 'search' | CourseListFilter['control'] | 'sort';
const ALL_CONTROLS: readonly CourseListControl[] = ['search', ...COURSE_LIST_FILTERS.map((filter) => filter.control), 'sort'];
/** The filters the filter bar shows: all but the search text, which the box holds as typed. */
const BAR_KEYS = FILTER_KEYS.filter((key) => key !== 'q');
const LAYOUTS: readonly CourseListLayout[] = ['grid', 'list', 'compact', 'band'];
const CARD_VARIANT = { grid: 'card', list: 'row', compact: 'compact', band: 'card' } as const;
/** How long typing must pause before the side effects of a search: the URL, `hms-filter-change` and the count announcement. */
const SEARCH_DELAY = 250;

/**
 * @summary A course finder: search, filters with counts, sorting, paging and four layouts, over the
 * catalog's courses; presets make an embed such as "the next 3 live courses in cardiology".
 *
 * @tag hms-course-list
 *
 * @attr {string} src - URL of the catalog JSON.
 * @attr {'last-good'|'none'} cache - `none`: neither show nor keep the last good copy of the catalog in the visitor's browser.
 * @attr {string} division - Preset or current division filter (`global-academy`, `continuing-education`, `global-education`).
 * @attr {string} modality - Format filter (`online`, `live`, `rss`, `blended`).
 * @attr {'true'|'false'} accredited - Accredited courses only, or non-accredited only.
 * @attr {string} topic - Topic filter: a topic id of the catalog (its label shows in the visitor's language).
 * @attr {string} language - Language filter (BCP 47 tag).
 * @attr {string} q - Search text.
 * @attr {string} status - Status filter (`open`, `waitlist`, `closed`, `upcoming`, `on-demand`).
 * @attr {'start-date'|'title'|'credits'|'recent'} sort - Order; `start-date` puts on-demand courses last.
 * @attr {number} limit - Show only the first N courses (no pager), with "View all courses" when `all-url` is set.
 * @attr {string} all-url - Where "View all courses" leads.
 * @attr {number} page-size - Courses per page (default 12).
 * @attr {'grid'|'list'|'compact'|'band'} layout - Cards in a grid that fills its rows (columns from the widget's width and the number of cards, at most 4), rows, compact lines, or a `band`: short cards side by side in one row, scrolled sideways where they do not fit (for presets such as `limit="3"`).
 * @attr {string} controls - Comma list of `search, division, modality, topic, accreditation, language, sort`, or `none`.
 * @attr {boolean} sync-url - Keep the visitor's filters in the page URL (parameters prefixed `hms-`).
 * @attr {boolean} structured-data - Add a schema.org ItemList of the shown courses as JSON-LD to the page.
 * @attr {number} heading-level - Heading level of course titles (default 3).
 * @attr {boolean} saveable - A Save (star) button on each card: the visitor's saved list, kept in this browser only (see `<hms-saved-courses>`).
 * @attr {string} label - The section the list serves, added to the names of its search, results and page landmarks ("Filter courses: Find a course"); defaults to the nearest heading before the list.
 * @attr {string} locale - Language of the widget's own text.
 *
 * @fires {HmsCourseSelectEvent} hms-course-select - A course title was activated (cancelable).
 * @fires {HmsFilterChangeEvent} hms-filter-change - The visitor changed the search, a filter, the sort or the page.
 * @fires {HmsCalendarDownloadEvent} hms-calendar-download - An .ics is about to download: a card's (it comes from the card inside), or "Add these N sessions" (cancelable).
 * @fires {HmsSaveChangeEvent} hms-save-change - The visitor saved or removed a course with a card's Save button (with `saveable`; it comes from the card inside).
 * @fires {HmsLoadEvent} hms-load - The catalog loaded.
 * @fires {HmsErrorEvent} hms-error - The catalog could not be shown.
 *
 * @csspart filters - The form of controls: the search box and the filters (the search landmark).
 * @csspart field - One labelled control.
 * @csspart search - The search box.
 * @csspart filters-toggle - "Filters": below 40em of the widget's width, the button that shows or hides the filter selects (`aria-expanded`); its accessible name says how many filters are set.
 * @csspart filters-count - The number of filters set, on that button (not shown when none is).
 * @csspart filter-panel - The filter selects: in the bar on a wide widget, folded behind `filters-toggle` on a narrow one.
 * @csspart filter - A filter select (also `filter-division`, `filter-modality`, ...).
 * @csspart sort - The sort select, in the summary bar beside the count.
 * @csspart sort-field - The sort select with its label.
 * @csspart results - The count, the list and the pager: a named region, focused after paging.
 * @csspart count - "24 courses" (the live region announces it once typing pauses, and after a filter change).
 * @csspart clear - The "Clear filters" button.
 * @csspart time-toggle - "Show times in: course's time zone / your time zone" (shown with the list's controls when its courses have dates; the choice holds for every widget on the page until it is loaded again).
 * @csspart time-option - One of its two buttons (`aria-pressed="true"` on the chosen one).
 * @csspart add-all - "Add these N sessions to a calendar": the sessions of every matching course (all pages, at most 500) as one .ics; shown with the list's controls (a curated preset with `controls="none"` stays as embedded).
 * @csspart list - The list of courses.
 * @csspart item - One list item (holding an `hms-course-card`).
 * @csspart empty - Shown when nothing matches.
 * @csspart pager - The page navigation.
 * @csspart page - A page button (`aria-current="page"` on the current one).
 * @csspart previous - The previous-page button.
 * @csspart next - The next-page button.
 * @csspart view-all - The "View all courses" link.
 * @csspart skeleton - The placeholder while loading.
 * @csspart error - The error box (with `error-title`, `error-message`, `retry`).
 * @csspart last-good-note - "Updated on …" under the last good copy of the catalog, shown while its server cannot be reached.
 * @csspart announcement - The visually hidden live region: result counts, pages, sort order, loading and errors.
 *
 * @cssprop --hms-course-list-card-min-width - Narrowest a grid card gets before the grid drops a column (default 17em).
 * @cssprop --hms-course-list-gap - Space between cards (default: --hms-space-4).
 */
export class HmsCourseList extends HmsCatalogElement {
  static override styles = courseListStyles;

  /** Division filter: `global-academy`, `continuing-education` or `global-education`; unset for all. */
  @property({ reflect: true }) division?: DivisionId = undefined;
  /** Format filter: `online`, `live`, `rss` (Regularly Scheduled Series) or `blended`; unset for all. */
  @property({ reflect: true }) modality?: Modality = undefined;
  /** Accreditation filter: true, false, or unset for both. */
  @property({ reflect: true, converter: optionalBoolean }) accredited?: boolean = undefined;
  /** Topic filter: the id of one of the catalog's topics, or its label in any language (the select and the URL then hold its id). */
  @property({ reflect: true }) topic?: string = undefined;
  /** Language filter: a BCP 47 tag of course content, such as `es`. */
  @property({ reflect: true }) language?: string = undefined;
  /** Search text: case- and accent-insensitive, over title, summary, topics and directors. */
  @property({ reflect: true }) q?: string = undefined;
  /** Status filter: `open`, `waitlist`, `closed`, `upcoming` or `on-demand`. */
  @property({ reflect: true }) status?: CourseStatus = undefined;
  /** Order: `start-date` (on-demand courses last), `title`, `credits` or `recent`. */
  @property({ reflect: true }) sort: CourseSort = 'start-date';
  /** Show only the first N courses, without a pager (with "View all courses" when `all-url` is set). */
  @property({ type: Number }) limit?: number = undefined;
  /** Where "View all courses" leads (http(s) or relative). */
  @property({ attribute: 'all-url' }) allUrl?: string = undefined;
  /** Courses per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 12;
  /** Layout: `grid` (columns from the widget's own width and the number of cards), `list`, `compact` or `band` (one row, scrolled sideways on a phone). */
  @property({ reflect: true }) layout: CourseListLayout = 'grid';
  /** Controls the visitor sees: a comma list of `search, division, modality, topic, accreditation, language, sort`, or `none`. */
  @property() controls = ALL_CONTROLS.join(', ');
  /** Keep the visitor's view in the page URL (`hms-` prefixed parameters), so links and Back work. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** Add a schema.org ItemList of the shown courses as JSON-LD to the light DOM, for search engines. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;
  /** Heading level of course titles. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** The section the list serves, in its landmarks' names; defaults to the nearest heading before it. */
  @property() label?: string = undefined;
  /** A Save (star) button on each card: the visitor's saved list, kept in this browser only. */
  @property({ type: Boolean, reflect: true }) saveable = false;

  /** The current page, from 1. */
  @state() page = 1;
  /** Whether the folded filters are shown (only matters below 40em of width, where they fold). */
  @state() private filtersOpen = false;

  @query('.results') private resultsElement?: HTMLElement;

  #results: Course[] = [];
  /** How many sessions "Add these N sessions" puts in its file: the results', at most an .ics file's 500. */
  #sessions = 0;
  /** Facet counts for the current filters, computed once per filter change, not per render. */
  #facetCache = new Map<CourseFacet, Map<string, number>>();
  #resultsFor?: { courses: readonly Course[]; key: string };
  #searchTimer?: ReturnType<typeof setTimeout>;
  /** The frame that will search for the text typed last (one search per frame, however fast the typing). */
  #searchFrame = 0;
  /** The search box's text not searched yet. */
  #typed?: string;
  /** Set by a keystroke's search until the update it causes: that update draws the results, not the filter bar. */
  #typing = false;
  /** What the filter bar was last drawn for (a new object redraws it; see renderList). */
  #barFor: object = {};
  /** The filter bar's redraw after a keystroke's results are painted, while it is to come. */
  #barPending?: Promise<void>;
  /** Set when that redraw gave way to more typing: the bar shows counts of an older search. */
  #barStale = false;
  /** The nearest heading's text, read when the list connects. */
  #section?: string;
  /** The embed's presets, and the visitor's view in the page URL with `sync-url`. */
  #url = new UrlSyncController(
    this,
    () => this.urlView(),
    (view, presets) => this.applyView(view, presets),
    (name) => this.visitorCanSet(name),
  );
  /** Writes the JSON-LD of the shown courses with `structured-data` after each update (it needs no calls). */
  protected readonly jsonLd = new StructuredDataController(this, () => {
    const catalog = this.data.value?.catalog;
    return this.structuredData && catalog ? { courses: this.shown, catalog } : undefined;
  });
  /** Makes the search text while the page is idle, when the list has a search box. */
  protected readonly searchText = new SearchTextController(this, () =>
    this.shownControls.includes('search') ? this.data.value?.catalog : undefined,
  );
  /** Re-renders the time toggle when the visitor switches the page's times (from this list or another). */
  protected readonly timeView = new TimeViewController(this);
  /** Cards beyond the first screen come in later tasks, three or more a task (skeleton and content); `updateComplete` waits for them. */
  readonly #steps = new RenderSteps(this, {
    first: () => firstScreenItems(this.shownLayout, MAX_COLUMNS, COURSE_CARD_MIN_EM, takeStartTop(this)),
    step: 3,
    enabled: () => !this.serverRendered,
  });

  /** The filters in force. */
  get filters(): CourseFilters {
    const filters: CourseFilters = {};
    for (const key of FILTER_KEYS) {
      const value = this[key];
      if (value !== undefined && value !== '') (filters as Record<string, unknown>)[key] = value;
    }
    return filters;
  }

  /** The courses that match, in order (every page). */
  get results(): readonly Course[] {
    return this.#results;
  }

  /**
   * How many courses the first screen shows when they can be drawn from the first courses in start
   * order, before the rest of a large catalog in hand is validated (see `firstScreenCatalog`): in the
   * default order, nothing filtered or searched, on the first page, no more cards than a skeleton draws.
   */
  private get firstScreenCount(): number | undefined {
    if (this.shownSort !== 'start-date' || this.page !== 1 || Object.keys(this.filters).length > 0) return undefined;
    const count = this.limited ? Math.floor(this.limit!) : this.effectivePageSize;
    return count <= SKELETON_MAX_ITEMS ? count : undefined;
  }

  /** The count the first screen was drawn for. */
  #firstScreenFor = 0;

  /** @internal The first screen's part of a catalog object not validated yet, for the catalog controller. */
  firstScreenCatalog(catalog: object): Catalog | undefined {
    const count = this.firstScreenCount;
    if (count === undefined) return undefined;
    this.#firstScreenFor = count;
    return validateFirstCourses(catalog, count, { baseUrl: pageBaseUrl() });
  }

  /** @internal Resolves once the first screen drawn from part of the catalog is painted (its later cards too). */
  async whenFirstScreenPainted(): Promise<void> {
    await this.updateComplete;
    await afterNextPaint();
  }

  /** The part of the catalog the first screen is drawn from, while the whole is validated. */
  private get firstScreen(): LoadedCatalog | undefined {
    const view = this.data.view;
    return view.state === 'complete' && view.partial ? view.loaded : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A server render has no page to read headings from; a server-rendered list hydrates with the
    // server's names and takes the section's name in the update right after (firstUpdated).
    if (!isServer && (this.hasUpdated || !this.serverRendered)) this.#section = sectionName(this);
  }

  override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (!this.serverRendered) return;
    // The server wrote the search box's text as its `value` attribute (so it shows without script);
    // live, the property holds it, as in a client render.
    this.renderRoot.querySelector('input[part~="search"]')?.removeAttribute('value');
    this.#section = sectionName(this);
    if (this.#section) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelSearch();
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.#steps.settle(async () => {
      let result = await super.getUpdateComplete();
      while (this.#barPending) {
        await this.#barPending;
        result = await super.getUpdateComplete();
      }
      return result;
    });
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('layout') && !LAYOUTS.includes(this.layout)) {
      console.warn(`<hms-course-list>: layout="${this.layout}" is not one of ${LAYOUTS.join(', ')}; using "grid".`);
    }
    if (changed.has('sort') && !COURSE_SORTS.includes(this.sort)) {
      console.warn(`<hms-course-list>: sort="${this.sort}" is not one of ${COURSE_SORTS.join(', ')}; using "start-date".`);
    }
    const loaded = this.data.value ?? this.firstScreen;
    const courses = loaded?.catalog.courses;
    if (!courses) return;
    const key = JSON.stringify([this.filters, this.shownSort, this.resolvedLocale]);
    if (this.#resultsFor?.courses !== courses || this.#resultsFor.key !== key) {
      this.#results = queryCourses(courses, this.filters, this.shownSort, this.resolvedLocale, loaded.catalog.topics);
      this.#resultsFor = { courses, key };
      let sessions = 0;
      for (const course of this.#results) if ((sessions += course.sessions.length) >= LIST_LIMITS.sessions) break;
      this.#sessions = Math.min(sessions, LIST_LIMITS.sessions);
      this.#facetCache.clear();
      // A keystroke's results are painted first; the bar's counts (a pass over every course per
      // facet) and its selects follow once that frame is painted. Anything else redraws both.
      if (this.#typing) this.#barPending ??= this.redrawBarLater();
      else this.redrawBar();
    }
    this.#typing = false;
    // Whatever set the page (a click, the URL on load, Back or Forward, new results), it is one that exists.
    this.page = Math.min(Math.max(1, this.page), this.pageCount);
  }

  override render(): TemplateResult {
    return this.renderCatalog(
      (loaded) => this.renderList(loaded),
      () => this.renderSkeleton(),
    );
  }

  private get shownSort(): CourseSort {
    return COURSE_SORTS.includes(this.sort) ? this.sort : 'start-date';
  }

  private get shownLayout(): CourseListLayout {
    return LAYOUTS.includes(this.layout) ? this.layout : 'grid';
  }

  private get shownControls(): CourseListControl[] {
    const names = this.controls.split(',').map((name) => name.trim().toLowerCase());
    return names.includes('none') ? [] : ALL_CONTROLS.filter((control) => names.includes(control));
  }

  /** The list's classes: its layout, and for a grid the columns it takes at each width for `count` cards. */
  private listClasses(count: number): string {
    const layout = this.shownLayout;
    return `list layout-${layout}${layout === 'grid' ? ` ${gridClasses(count)}` : ''}`;
  }

  /** How many of `count` cards load their image at once: those of the first row (compact lines have none). */
  private eagerImages(count: number): number {
    const layout = this.shownLayout;
    if (layout === 'compact') return 0;
    return layout === 'list' ? 1 : gridColumns(count, MAX_COLUMNS);
  }

  /** True when `limit` shows only the first courses, without a pager. */
  private get limited(): boolean {
    return this.limit !== undefined && this.limit > 0;
  }

  private get pageCount(): number {
    if (this.limited) return 1;
    return Math.max(1, Math.ceil(this.#results.length / this.effectivePageSize));
  }

  private get effectivePageSize(): number {
    return this.pageSize > 0 ? Math.floor(this.pageSize) : 12;
  }

  /** The courses on screen: the first `limit`, or the current page. */
  private get shown(): Course[] {
    if (this.limited) return this.#results.slice(0, Math.floor(this.limit!));
    const size = this.effectivePageSize;
    return this.#results.slice((this.page - 1) * size, this.page * size);
  }

  private get changedFromPresets(): boolean {
    return this.#url.changed(FILTER_KEYS);
  }

  private renderList({ catalog }: LoadedCatalog): TemplateResult | undefined {
    const t = this.t;
    const locale = this.resolvedLocale;
    const total = this.#results.length;
    const uidDomain = catalogUidDomain(catalog);
    const limited = this.limited;
    const allUrl = this.allUrl ? safeUrl(this.allUrl, pageBaseUrl()) : null;
    // The filter bar is drawn again only when what it shows changed: not for each step of a long
    // list's cards, which re-render the list (its selects hold hundreds of options to diff).
    // The search text is not among its inputs: the box shows what the visitor typed, and the counts
    // follow a keystroke's results (#barFor, redrawBarLater).
    const filterState = [catalog, locale, this.t, this.controls, this.filtersOpen, this.label, this.#section, this.#barFor];
    // The first screen, drawn from the first courses before the rest of the catalog is validated:
    // its cards, with the filters, the count and the pager in their skeleton until the whole is in.
    const partial = this.firstScreen !== undefined;
    // A filter, a search, another order or page set since: the skeleton until the whole catalog is in.
    if (partial && (this.firstScreenCount ?? Infinity) > this.#firstScreenFor) return undefined;
    return html`${partial ? this.renderFiltersSkeleton() : guard([...filterState, ...BAR_KEYS.map((key) => this[key])], () => this.renderFilters(catalog, locale))}
      <div part="results" class="results" tabindex="-1" role="region" aria-label=${this.named(t.coursesLabel)} aria-busy=${partial ? 'true' : nothing}>
        <div class="summary-bar">
          ${partial ? this.renderCountSkeleton(this.shown.length) : html`<p part="count" class="count ${limited && this.shownControls.length === 0 ? 'visually-hidden' : ''}">${this.countText}</p>`}
          ${this.renderSort()}
          <div class="summary-actions">
            ${this.#sessions > 0 && this.shownControls.length > 0
              ? partial
                ? // Its box only: the first screen's courses have sessions, so the whole list has (on-demand courses come last).
                  placeholder(html`<span class="clear">${t.addSessions(this.#sessions, formatNumber(this.#sessions, locale))}</span>`)
                : html`<button part="add-all" class="clear" type="button" @click=${this.onAddAll}>${t.addSessions(this.#sessions, formatNumber(this.#sessions, locale))}</button>`
              : nothing}
            ${this.changedFromPresets && total > 0 ? this.renderClear() : nothing}
            ${this.shownControls.length > 0 && this.shown.some((course) => course.sessions.length > 0) ? this.renderTimeToggle() : nothing}
          </div>
        </div>
        ${total === 0
          ? html`<div part="empty" class="empty">
              <p>${t.noResults}</p>
              ${this.changedFromPresets ? this.renderClear() : nothing}
            </div>`
          : html`<ul part="list" class=${this.listClasses(this.shown.length)} aria-label=${t.coursesLabel}>
              ${repeat(
                this.#steps.take(this.shown, 'content'),
                (course) => course.id,
                (course, index) => html`<li part="item">
                  <hms-course-card
                    .course=${course}
                    .terms=${catalog}
                    .uidDomain=${uidDomain}
                    variant=${CARD_VARIANT[this.shownLayout]}
                    image-loading=${index < this.eagerImages(this.shown.length) ? 'eager' : 'lazy'}
                    heading-level=${this.headingLevel}
                    locale=${locale}
                    ?saveable=${this.saveable}
                  ></hms-course-card>
                </li>`,
              )}
            </ul>`}
        ${limited
          ? allUrl
            ? html`<a part="view-all" class="view-all" href=${allUrl}>${t.viewAll}</a>`
            : nothing
          : partial
            ? placeholder(this.renderPagerSkeleton())
            : renderPager(this.page, this.pageCount, (page) => this.goToPage(page), t, locale, this.named(t.pagesLabel))}
      </div>`;
  }

  /** "24 courses", as shown and announced. */
  private get countText(): string {
    const total = this.#results.length;
    return this.t.resultCount(total, formatNumber(total, this.resolvedLocale));
  }

  /** A landmark's name with the section the list serves ("Filter courses: Find a course"). */
  private named(label: string): string {
    const section = this.label || this.#section;
    return section ? this.t.landmarkFor(label, section) : label;
  }

  /** Focus goes to the results when the focused control goes (a page button, a card of a page left). */
  protected override focusTarget(): HTMLElement | null {
    return this.resultsElement ?? super.focusTarget();
  }

  /** "Show times in: course's time zone / your time zone", for the whole page. */
  private renderTimeToggle(): TemplateResult {
    const t = this.t;
    const current = timeView();
    const option = (view: TimeView, label: string) =>
      html`<button part="time-option" class="time-option" type="button" aria-pressed=${current === view ? 'true' : 'false'} @click=${() => setTimeView(view)}>${label}</button>`;
    return html`<div part="time-toggle" class="time-toggle" role="group" aria-labelledby="times-in">
      <span id="times-in">${t.timesIn}</span> ${option('course', t.courseTime)} ${option('visitor', t.yourTime)}
    </div>`;
  }

  private renderClear(): TemplateResult {
    return html`<button part="clear" class="clear" type="button" @click=${this.clearFilters}>${this.t.clearFilters}</button>`;
  }

  private renderFilters(catalog: Catalog, locale: string): TemplateResult | typeof nothing {
    const controls = this.shownControls;
    const filters = COURSE_LIST_FILTERS.filter((filter) => controls.includes(filter.control));
    if (filters.length === 0 && !controls.includes('search')) return nothing;
    const t = this.t;
    if (this.#facetCache.size === 0 && filters.length > 0) {
      // Every visible facet counted in one pass over the courses.
      const facets = filters.map((filter) => filter.key);
      for (const [facet, counts] of allFacetCounts(catalog.courses, this.filters, facets, catalog.topics)) this.#facetCache.set(facet, counts);
    }
    const collator = new Intl.Collator(locale);
    return html`<form part="filters" class="filters" role="search" aria-label=${this.named(t.filtersLabel)} @submit=${(e: Event) => e.preventDefault()}>
      ${controls.includes('search')
        ? html`<div part="field" class="field search-field">
            <label for="search">${t.searchLabel}</label>
            <input part="search" id="search" type="search" autocomplete="off" maxlength=${SEARCH_MAX_LENGTH} .value=${this.q ?? ''} @input=${this.onSearchInput} />
          </div>`
        : nothing}
      ${filters.length > 0
        ? renderFilterFold(
            repeat(
              filters,
              (filter) => filter.key,
              (filter) => renderFilterSelect(filter, this.#facetCache.get(filter.key), this.currentValue(filter.key, catalog), this.onFilterChange, { t, catalog, locale, collator }),
            ),
            {
              t,
              locale,
              active: filters.filter((filter) => this.currentValue(filter.key, catalog) !== '').length,
              open: this.filtersOpen,
              onToggle: this.toggleFilters,
            },
          )
        : nothing}
    </form>`;
  }

  /** "Sort by", in the summary bar beside the count: an order, not a filter. */
  private renderSort(): TemplateResult | typeof nothing {
    if (!this.shownControls.includes('sort')) return nothing;
    return html`<div part="field sort-field" class="field sort-field">
      <label for="sort">${this.t.sortLabel}</label>
      <select part="sort" id="sort" @change=${this.onSortChange}>
        ${COURSE_SORTS.map((sort) => html`<option value=${sort} ?selected=${sort === this.shownSort}>${this.t.sort[sort]}</option>`)}
      </select>
    </div>`;
  }

  /** A filter's value as its select knows it: a topic named by its label is its id. */
  private currentValue(key: CourseListFilter['key'], catalog: Catalog): string {
    const value = String(this[key] ?? '');
    return key === 'topic' && value ? termIdFor(catalog.topics, value) : value;
  }

  /**
   * The skeleton: the list's own boxes (controls, count, the cards it will show, pager or "View all")
   * with placeholder cards, so it takes the loaded list's space before the catalog is in.
   */
  private renderSkeleton(): TemplateResult {
    const t = this.t;
    const controls = this.shownControls;
    const limited = this.limited;
    const cards = limited ? Math.floor(this.limit!) : this.effectivePageSize;
    const select = html`<select tabindex="-1"></select>`;
    return placeholder(html`${this.filtersSkeleton()}
      <div class="summary-bar">
        ${this.countSkeleton(cards)}
        ${controls.includes('sort') ? html`<div class="field sort-field"><label>${t.sortLabel}</label>${select}</div>` : nothing}
        ${controls.length > 0
          ? html`<div class="summary-actions"><div class="time-toggle"><span>${t.timesIn}</span> <button class="time-option" tabindex="-1">${t.courseTime}</button> <button class="time-option" tabindex="-1">${t.yourTime}</button></div></div>`
          : nothing}
      </div>
      <ul class=${this.listClasses(cards)}>
        ${times(this.#steps.count(cards, 'skeleton'), (i) => html`<li><hms-course-card .placeholder=${true} .placeholderIndex=${i} variant=${CARD_VARIANT[this.shownLayout]} heading-level=${this.headingLevel} locale=${this.resolvedLocale} ?saveable=${this.saveable}></hms-course-card></li>`)}
      </ul>
      ${limited
        ? this.allUrl
          ? html`<span class="view-all">${t.viewAll}</span>`
          : nothing
        : this.renderPagerSkeleton()}`);
  }

  /** The filters' boxes in the skeleton: the search box and the selects, empty. */
  private filtersSkeleton(): TemplateResult | typeof nothing {
    const t = this.t;
    const controls = this.shownControls;
    const field = (label: string, control: TemplateResult, search = false) =>
      html`<div class="field ${search ? 'search-field' : ''}"><label>${label}</label>${control}</div>`;
    const filters = COURSE_LIST_FILTERS.filter((filter) => controls.includes(filter.control));
    if (filters.length === 0 && !controls.includes('search')) return nothing;
    return html`<div class="filters">
      ${controls.includes('search') ? field(t.searchLabel, html`<input type="search" tabindex="-1" />`, true) : nothing}
      ${filters.length > 0
        ? html`<span class="filters-toggle">${t.filtersButton}</span>
            <div class="filter-panel">${filters.map((filter) => field(t[filter.label], html`<select tabindex="-1"></select>`))}</div>`
        : nothing}
    </div>`;
  }

  /** The count line in the skeleton, as long as "`cards` courses". */
  private countSkeleton(cards: number): TemplateResult {
    return html`<p class="count ${this.limited && this.shownControls.length === 0 ? 'visually-hidden' : ''}">${this.t.resultCount(cards, String(cards))}</p>`;
  }

  /** The pager's box in the skeleton. */
  private renderPagerSkeleton(): TemplateResult {
    return html`<div class="pager"><span class="pager-step">${this.t.nextPage}</span></div>`;
  }

  /** The first screen's filters while the rest of the catalog is validated: their skeleton, as the loading list draws it. */
  private renderFiltersSkeleton(): TemplateResult | typeof nothing {
    const filters = this.filtersSkeleton();
    return filters === nothing ? nothing : placeholder(filters);
  }

  /** The first screen's count while the rest of the catalog is validated. */
  private renderCountSkeleton(cards: number): TemplateResult {
    return placeholder(this.countSkeleton(cards));
  }

  /** Moves to a page (from 1) and brings keyboard and screen reader focus to the results. */
  goToPage(page: number): void {
    const next = Math.min(Math.max(1, Math.floor(page)), this.pageCount);
    if (next === this.page) return;
    this.page = next;
    this.focusKeeper.moveAfterUpdate(() => this.resultsElement);
    this.announcer.say(() => this.t.pageStatus(formatNumber(this.page, this.resolvedLocale), formatNumber(this.pageCount, this.resolvedLocale)));
    this.changed('push');
  }

  /** Shows or hides the folded filters (a narrow widget's "Filters" button); focus stays on the button. */
  private toggleFilters = (): void => {
    this.filtersOpen = !this.filtersOpen;
  };

  /** Puts the filters back to the embed's presets. */
  clearFilters(): void {
    this.cancelSearch();
    this.#url.reset();
    this.page = 1;
    const search = this.renderRoot.querySelector<HTMLInputElement>('#search');
    if (search) search.value = this.q ?? '';
    // The button removes itself: focus goes to the search box, else the results.
    this.focusKeeper.moveAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('#search') ?? this.resultsElement);
    this.announcer.say(() => this.countText);
    void this.changed('push');
  }

  /**
   * A keystroke's results are searched and rendered at once, while the browser waits for its next
   * frame, which paints them; keystrokes that come faster than that wait for the frame, which
   * searches only the latest text. Only the side effects wait for typing to pause.
   */
  private onSearchInput = (event: Event): void => {
    this.#typed = (event.target as HTMLInputElement).value;
    if (!this.#searchFrame) {
      this.searchTyped();
      // Until the next frame, more typing waits for it (searchTyped runs then, and searches only if something was typed).
      this.#searchFrame = requestAnimationFrame(this.searchTyped);
    }
    // The count is announced once typing pauses, whenever the results themselves update.
    this.announcer.sayWhenQuiet(() => this.countText);
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => {
      // A hidden page runs no frames: search now what was typed, then tell the host and the URL.
      this.searchTyped();
      this.requestUpdate();
      void this.changed('replace');
    }, SEARCH_DELAY);
  };

  /** Searches the text typed last, if it is not searched yet. */
  private searchTyped = (): void => {
    cancelAnimationFrame(this.#searchFrame);
    this.#searchFrame = 0;
    if (this.#typed === undefined) return;
    const q = this.#typed.trim() ? this.#typed : undefined;
    this.#typing = q !== this.q;
    this.q = q;
    this.page = 1;
    this.#typed = undefined;
    // Typed and taken back within a frame: the same search, but the bar may still be behind.
    if (!this.#typing && this.#barStale) {
      this.redrawBar();
      this.requestUpdate();
    }
  };

  private redrawBar(): void {
    this.#barFor = {};
    this.#barStale = false;
  }

  /**
   * Redraws the filter bar once the frame that shows a keystroke's results is painted, in a task of
   * background priority (after a key pressed meanwhile), unless more typing is waiting to be
   * searched: that search's results come first again.
   */
  private async redrawBarLater(): Promise<void> {
    await afterNextPaint();
    this.#barPending = undefined;
    if (this.#typed !== undefined || !this.isConnected) {
      this.#barStale = true;
      return;
    }
    this.redrawBar();
    this.requestUpdate();
  }

  /** Drops a search typed but not yet done: its text, its frame and its side effects. */
  private cancelSearch(): void {
    clearTimeout(this.#searchTimer);
    this.#typed = undefined;
    this.searchTyped();
  }

  private onFilterChange = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    const key = select.dataset.filter as FilterKey;
    (this as Record<string, unknown>)[key] = filterValue(key, select.value);
    this.page = 1;
    this.announcer.say(() => this.countText);
    this.changed('push');
  };

  /** "Add these N sessions": the sessions of every course that matches (all pages), as one .ics, after a cancelable `hms-calendar-download`. */
  private onAddAll = (): void => {
    const catalog = this.data.value?.catalog;
    const courses = this.#results.filter((course) => course.sessions.length > 0);
    const ics = coursesToIcs(courses, { uidDomain: catalogUidDomain(catalog) });
    if (!ics || !this.emit('hms-calendar-download', { course: courses[0], courses, ics }, { cancelable: true })) return;
    saveIcs(this.renderRoot, ics, icsFileName('courses'));
  };

  private onSortChange = (event: Event): void => {
    this.sort = (event.target as HTMLSelectElement).value as CourseSort;
    this.page = 1;
    this.announcer.say(this.t.sortedBy(this.t.sort[this.shownSort]));
    this.changed('push');
  };

  /** After a visitor's change: tell the host, and keep the URL in step. */
  private async changed(history: 'push' | 'replace'): Promise<void> {
    await this.updateComplete;
    this.#url.write(history);
    this.emit('hms-filter-change', { filters: this.filters, sort: this.shownSort, page: this.page, total: this.#results.length });
  }

  /** The view the URL keeps, as text: the filters, the sort and the page. */
  private urlView(): UrlView {
    const view: UrlView = {};
    for (const key of FILTER_KEYS) view[key] = String(this[key] ?? '');
    view.sort = this.shownSort;
    view.page = String(this.page);
    return view;
  }

  /** Whether a visitor can set a part of the view here, so a URL may: a filter with its control, the sort, the page. */
  private visitorCanSet(name: string): boolean {
    const controls = this.shownControls;
    if (name === 'q') return controls.includes('search');
    if (name === 'sort') return controls.includes('sort');
    if (name === 'page') return !this.limited;
    const filter = COURSE_LIST_FILTERS.find((item) => item.key === name);
    return filter !== undefined && controls.includes(filter.control);
  }

  /**
   * Shows a view read from the URL (or the presets): a value that is not one of a filter's or the
   * sort's values keeps the preset, an unknown page is 1, and search text from a URL is capped.
   */
  private applyView(view: UrlView, presets: UrlView): void {
    for (const key of FILTER_KEYS) {
      let text = view[key] ?? '';
      if (!isFilterText(key, text)) text = presets[key] ?? '';
      else if (key === 'q' && text !== presets.q) text = capSearchText(text);
      (this as Record<string, unknown>)[key] = filterValue(key, text);
    }
    this.sort = (COURSE_SORTS.includes(view.sort as CourseSort) ? view.sort : (presets.sort ?? 'start-date')) as CourseSort;
    const page = Number(view.page);
    this.page = Number.isInteger(page) && page > 0 ? page : 1;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hms-course-list': HmsCourseList;
  }
}
