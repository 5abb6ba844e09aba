import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  allFacetCounts,
  COURSE_SORTS,
  prepareSearchText,
  queryCourses,
  type CourseFacet,
  type CourseFilters,
  type CourseSort,
} from '../../catalog/course-query.js';
import type { LoadedCatalog } from '../../catalog/loader.js';
import type { Catalog, Course, CourseStatus, DivisionId, Modality } from '../../catalog/types.js';
import { DIVISION_IDS, MODALITIES } from '../../catalog/types.js';
import { safeUrl } from '../../catalog/url.js';
import { formatNumber, languageName } from '../../i18n/format.js';
import { HmsCatalogElement } from '../../base/catalog-element.js';
import { whenIdle } from '../../internal/idle.js';
import { HmsCourseCard } from '../course-card/course-card.component.js';
import { courseListStyles } from './course-list.styles.js';
import '../../events/hms-filter-change.js';

void HmsCourseCard; // the list renders <hms-course-card>; its define module registers both tags

/** How the list lays out its cards. */
export type CourseListLayout = 'grid' | 'list' | 'compact';
/** Controls a visitor can be shown. */
export type CourseListControl = 'search' | 'division' | 'modality' | 'topic' | 'accreditation' | 'language' | 'sort';
const ALL_CONTROLS: readonly CourseListControl[] = ['search', 'division', 'modality', 'topic', 'accreditation', 'language', 'sort'];
const LAYOUTS: readonly CourseListLayout[] = ['grid', 'list', 'compact'];
const CARD_VARIANT = { grid: 'card', list: 'row', compact: 'compact' } as const;
const SEARCH_DELAY = 250;
/** Which facet each filter control shows. */
const FACET_OF_CONTROL: [CourseListControl, CourseFacet][] = [
  ['division', 'division'],
  ['modality', 'modality'],
  ['topic', 'topic'],
  ['accreditation', 'accredited'],
  ['language', 'language'],
];
const FILTER_KEYS = ['q', 'division', 'modality', 'accredited', 'topic', 'language', 'status'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

const booleanAttribute = {
  fromAttribute: (value: string | null) => (value === null || value === '' ? undefined : value !== 'false'),
  toAttribute: (value: boolean | undefined) => (value === undefined ? null : String(value)),
};

/**
 * The JSON-LD code, loaded the first time a list asks for structured data: most pages never do, so
 * it stays out of the bundle (a lazy chunk, like the UI languages). Resolves to undefined when the
 * chunk cannot be loaded, after one warning.
 */
let structuredDataCode: Promise<typeof import('../../catalog/structured-data.js') | undefined> | undefined;

/** The JSON-LD script a list wrote into its own light DOM. */
const OWN_JSON_LD = ':scope > script[type="application/ld+json"][data-hms-generated]';

let jsonLdPolicy: { createScript(text: string): unknown } | null | undefined;
/** Set once the page refused JSON-LD (Trusted Types without our policy): no list tries again. */
let jsonLdRefused = false;
/** Script text for JSON-LD that also works on pages that enforce Trusted Types. */
function scriptText(json: string): unknown {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): { createScript(text: string): unknown } } })
    .trustedTypes;
  if (!tt) return json;
  if (jsonLdPolicy === undefined) {
    try {
      // Only ever given JSON this module serialized, with `<` escaped.
      jsonLdPolicy = tt.createPolicy('hms-widgets-json-ld', { createScript: (text: string) => text });
    } catch {
      jsonLdPolicy = null;
    }
  }
  // A page whose Trusted Types rules refuse our policy decided against it: do not touch the sink.
  if (!jsonLdPolicy) throw new TypeError('The Trusted Types policy "hms-widgets-json-ld" is not allowed on this page.');
  return jsonLdPolicy.createScript(json);
}

/**
 * @summary A course finder: search, filters with counts, sorting, paging and three layouts, over the
 * catalog's courses; presets make an embed such as "the next 3 live courses in cardiology".
 *
 * @tag hms-course-list
 *
 * @attr {string} src - URL of the catalog JSON.
 * @attr {string} division - Preset or current division filter (`global-academy`, `continuing-education`, `global-education`).
 * @attr {string} modality - Format filter (`online`, `live`, `rss`, `blended`).
 * @attr {'true'|'false'} accredited - Accredited courses only, or non-accredited only.
 * @attr {string} topic - Topic filter.
 * @attr {string} language - Language filter (BCP 47 tag).
 * @attr {string} q - Search text.
 * @attr {string} status - Status filter (`open`, `waitlist`, `closed`, `upcoming`, `on-demand`).
 * @attr {'start-date'|'title'|'credits'|'recent'} sort - Order; `start-date` puts on-demand courses last.
 * @attr {number} limit - Show only the first N courses (no pager), with "View all courses" when `all-url` is set.
 * @attr {string} all-url - Where "View all courses" leads.
 * @attr {number} page-size - Courses per page (default 12).
 * @attr {'grid'|'list'|'compact'} layout - Cards in a responsive grid, rows, or compact lines.
 * @attr {string} controls - Comma list of `search, division, modality, topic, accreditation, language, sort`, or `none`.
 * @attr {boolean} sync-url - Keep the visitor's filters in the page URL (parameters prefixed `hms-`).
 * @attr {boolean} structured-data - Add a schema.org ItemList of the shown courses as JSON-LD to the page.
 * @attr {number} heading-level - Heading level of course titles (default 3).
 * @attr {string} locale - Language of the widget's own text.
 *
 * @fires {HmsCourseSelectEvent} hms-course-select - A course title was activated (cancelable).
 * @fires {HmsFilterChangeEvent} hms-filter-change - The visitor changed the search, a filter, the sort or the page.
 * @fires {HmsCalendarDownloadEvent} hms-calendar-download - A card's "Add to calendar" is about to download the .ics (cancelable; it comes from the card inside).
 * @fires {HmsLoadEvent} hms-load - The catalog loaded.
 * @fires {HmsErrorEvent} hms-error - The catalog could not be shown.
 *
 * @csspart filters - The form of controls.
 * @csspart field - One labelled control.
 * @csspart search - The search box.
 * @csspart filter - A filter select (also `filter-division`, `filter-modality`, ...).
 * @csspart sort - The sort select.
 * @csspart results - The count, the list and the pager.
 * @csspart count - "24 courses", announced politely.
 * @csspart clear - The "Clear filters" button.
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
 *
 * @cssprop --hms-course-list-card-min-width - Narrowest a grid card gets before the grid drops a column (default 17em).
 * @cssprop --hms-course-list-gap - Space between cards (default: --hms-space-4).
 */
export class HmsCourseList extends HmsCatalogElement {
  static override styles = courseListStyles;

  /** Division filter: `global-academy`, `continuing-education` or `global-education`; unset for all. */
  @property({ reflect: true }) division?: DivisionId;
  /** Format filter: `online`, `live`, `rss` (Regularly Scheduled Series) or `blended`; unset for all. */
  @property({ reflect: true }) modality?: Modality;
  /** Accreditation filter: true, false, or unset for both. */
  @property({ reflect: true, converter: booleanAttribute }) accredited?: boolean;
  /** Topic filter: one of the topics in the catalog. */
  @property({ reflect: true }) topic?: string;
  /** Language filter: a BCP 47 tag of course content, such as `es`. */
  @property({ reflect: true }) language?: string;
  /** Search text: case- and accent-insensitive, over title, summary, topics and directors. */
  @property({ reflect: true }) q?: string;
  /** Status filter: `open`, `waitlist`, `closed`, `upcoming` or `on-demand`. */
  @property({ reflect: true }) status?: CourseStatus;
  /** Order: `start-date` (on-demand courses last), `title`, `credits` or `recent`. */
  @property({ reflect: true }) sort: CourseSort = 'start-date';
  /** Show only the first N courses, without a pager (with "View all courses" when `all-url` is set). */
  @property({ type: Number }) limit?: number;
  /** Where "View all courses" leads (http(s) or relative). */
  @property({ attribute: 'all-url' }) allUrl?: string;
  /** Courses per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 12;
  /** Layout: `grid` (responsive to the widget's own width), `list` or `compact`. */
  @property({ reflect: true }) layout: CourseListLayout = 'grid';
  /** Controls the visitor sees: a comma list of `search, division, modality, topic, accreditation, language, sort`, or `none`. */
  @property() controls = ALL_CONTROLS.join(', ');
  /** Keep the visitor's view in the page URL (`hms-` prefixed parameters), so links and Back work. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** Add a schema.org ItemList of the shown courses as JSON-LD to the light DOM, for search engines. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;
  /** Heading level of course titles. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The current page, from 1. */
  @state() page = 1;

  @query('.results') private resultsElement?: HTMLElement;

  #results: Course[] = [];
  /** Facet counts for the current filters, computed once per filter change, not per render. */
  #facetCache = new Map<CourseFacet, Map<string, number>>();
  #resultsFor?: { courses: readonly Course[]; key: string };
  #presets?: Partial<Record<FilterKey | 'sort', unknown>>;
  #searchTimer?: ReturnType<typeof setTimeout>;
  /** The courses whose search text is being made while the page is idle. */
  #preparing?: readonly Course[];
  #focusResults = false;
  /** Counts structured-data updates: a JSON-LD that arrives after a newer update is not written. */
  #jsonLdVersion = 0;

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

  override connectedCallback(): void {
    super.connectedCallback();
    this.#presets ??= { ...Object.fromEntries(FILTER_KEYS.map((key) => [key, this[key]])), sort: this.sort };
    if (this.syncUrl) {
      this.readUrl();
      window.addEventListener('popstate', this.onPopState);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    clearTimeout(this.#searchTimer);
    this.#preparing = undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('layout') && !LAYOUTS.includes(this.layout)) {
      console.warn(`<hms-course-list>: layout="${this.layout}" is not one of ${LAYOUTS.join(', ')}; using "grid".`);
    }
    if (changed.has('sort') && !COURSE_SORTS.includes(this.sort)) {
      console.warn(`<hms-course-list>: sort="${this.sort}" is not one of ${COURSE_SORTS.join(', ')}; using "start-date".`);
    }
    const courses = this.data.value?.catalog.courses;
    if (!courses) return;
    const key = JSON.stringify([this.filters, this.shownSort, this.resolvedLocale]);
    if (this.#resultsFor?.courses !== courses || this.#resultsFor.key !== key) {
      this.#results = queryCourses(courses, this.filters, this.shownSort, this.resolvedLocale);
      this.#resultsFor = { courses, key };
      this.#facetCache.clear();
      this.page = Math.min(Math.max(1, this.page), this.pageCount);
    }
  }

  override updated(): void {
    if (this.#focusResults) {
      this.#focusResults = false;
      this.resultsElement?.focus();
    }
    this.updateStructuredData();
    const courses = this.data.value?.catalog.courses;
    if (courses && courses !== this.#preparing && this.shownControls.includes('search')) this.prepareSearch(courses);
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
    const names = this.controls
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean);
    if (names.includes('none')) return [];
    return ALL_CONTROLS.filter((control) => names.includes(control));
  }

  private get pageCount(): number {
    if (this.limit !== undefined && this.limit > 0) return 1;
    return Math.max(1, Math.ceil(this.#results.length / this.effectivePageSize));
  }

  private get effectivePageSize(): number {
    return this.pageSize > 0 ? Math.floor(this.pageSize) : 12;
  }

  /** The courses on screen: the first `limit`, or the current page. */
  private get shown(): Course[] {
    if (this.limit !== undefined && this.limit > 0) return this.#results.slice(0, Math.floor(this.limit));
    const size = this.effectivePageSize;
    return this.#results.slice((this.page - 1) * size, this.page * size);
  }

  private get changedFromPresets(): boolean {
    return FILTER_KEYS.some((key) => (this[key] ?? '') !== (this.#presets?.[key] ?? ''));
  }

  private renderList({ catalog }: LoadedCatalog): TemplateResult {
    const t = this.t;
    const locale = this.resolvedLocale;
    const total = this.#results.length;
    const divisionNames = Object.fromEntries(catalog.divisions.map((d) => [d.id, d.name]));
    const limited = this.limit !== undefined && this.limit > 0;
    const allUrl = this.allUrl ? safeUrl(this.allUrl, document.baseURI) : null;
    return html`${this.renderFilters(catalog, locale)}
      <div part="results" class="results" tabindex="-1">
        <div class="summary-bar">
          <p part="count" class="count ${limited && this.shownControls.length === 0 ? 'visually-hidden' : ''}" role="status">
            ${t.resultCount(total, formatNumber(total, locale))}
          </p>
          ${this.changedFromPresets && total > 0 ? this.renderClear() : nothing}
        </div>
        ${total === 0
          ? html`<div part="empty" class="empty">
              <p>${t.noResults}</p>
              ${this.changedFromPresets ? this.renderClear() : nothing}
            </div>`
          : html`<ul part="list" class="list layout-${this.shownLayout}" aria-label=${t.coursesLabel}>
              ${repeat(
                this.shown,
                (course) => course.id,
                (course) => html`<li part="item">
                  <hms-course-card
                    .course=${course}
                    .divisionNames=${divisionNames}
                    variant=${CARD_VARIANT[this.shownLayout]}
                    heading-level=${this.headingLevel}
                    locale=${locale}
                  ></hms-course-card>
                </li>`,
              )}
            </ul>`}
        ${limited
          ? allUrl
            ? html`<a part="view-all" class="view-all" href=${allUrl}>${t.viewAll}</a>`
            : nothing
          : this.renderPager(locale)}
      </div>`;
  }

  private renderClear(): TemplateResult {
    return html`<button part="clear" class="clear" type="button" @click=${this.clearFilters}>${this.t.clearFilters}</button>`;
  }

  private renderFilters(catalog: Catalog, locale: string): TemplateResult | typeof nothing {
    const controls = this.shownControls;
    if (controls.length === 0) return nothing;
    const t = this.t;
    const count = (n: number) => formatNumber(n, locale);
    const collator = new Intl.Collator(locale);
    const options = (facet: CourseFacet, label: (value: string) => string, order?: readonly string[]) => {
      if (this.#facetCache.size === 0) {
        // Every visible facet counted in one pass over the courses.
        const facets = FACET_OF_CONTROL.filter(([control]) => controls.includes(control)).map(([, f]) => f);
        for (const [f, counts] of allFacetCounts(catalog.courses, this.filters, facets)) this.#facetCache.set(f, counts);
      }
      const counts = this.#facetCache.get(facet) ?? new Map<string, number>();
      const values = [...counts.keys()];
      if (order) values.sort((a, b) => order.indexOf(a) - order.indexOf(b));
      else values.sort((a, b) => collator.compare(label(a), label(b)));
      return values.map((value) => ({ value, label: t.optionWithCount(label(value), count(counts.get(value) ?? 0)) }));
    };
    const divisionName = (id: string) => catalog.divisions.find((d) => d.id === id)?.name ?? t.division[id as DivisionId] ?? id;
    return html`<form part="filters" class="filters" role="search" aria-label=${t.filtersLabel} @submit=${(e: Event) => e.preventDefault()}>
      ${controls.includes('search')
        ? html`<div part="field" class="field search-field">
            <label for="search">${t.searchLabel}</label>
            <input part="search" id="search" type="search" autocomplete="off" .value=${this.q ?? ''} @input=${this.onSearchInput} />
          </div>`
        : nothing}
      ${controls.includes('division')
        ? this.renderSelect('division', t.divisionFilter, t.allDivisions, options('division', divisionName, DIVISION_IDS), this.division)
        : nothing}
      ${controls.includes('modality')
        ? this.renderSelect('modality', t.modalityFilter, t.allModalities, options('modality', (m) => t.modality[m as Modality] ?? m, MODALITIES), this.modality)
        : nothing}
      ${controls.includes('topic') ? this.renderSelect('topic', t.topicFilter, t.allTopics, options('topic', (x) => x), this.topic) : nothing}
      ${controls.includes('accreditation')
        ? this.renderSelect(
            'accredited',
            t.accreditationFilter,
            t.allAccreditation,
            options('accredited', (v) => (v === 'true' ? t.accredited : t.notAccredited), ['true', 'false']),
            this.accredited === undefined ? undefined : String(this.accredited),
          )
        : nothing}
      ${controls.includes('language')
        ? this.renderSelect('language', t.languageFilter, t.allLanguages, options('language', (tag) => languageName(tag, locale)), this.language)
        : nothing}
      ${controls.includes('sort')
        ? html`<div part="field" class="field">
            <label for="sort">${t.sortLabel}</label>
            <select part="sort" id="sort" @change=${this.onSortChange}>
              ${COURSE_SORTS.map((sort) => html`<option value=${sort} ?selected=${sort === this.shownSort}>${t.sort[sort]}</option>`)}
            </select>
          </div>`
        : nothing}
    </form>`;
  }

  private renderSelect(
    name: Exclude<FilterKey, 'q' | 'status'>,
    label: string,
    allLabel: string,
    options: { value: string; label: string }[],
    current: string | undefined,
  ): TemplateResult {
    return html`<div part="field" class="field">
      <label for=${`filter-${name}`}>${label}</label>
      <select part="filter filter-${name}" id=${`filter-${name}`} data-filter=${name} @change=${this.onFilterChange}>
        <option value="" ?selected=${!current}>${allLabel}</option>
        ${options.map((option) => html`<option value=${option.value} ?selected=${option.value === current}>${option.label}</option>`)}
      </select>
    </div>`;
  }

  private renderPager(locale: string): TemplateResult | typeof nothing {
    const pages = this.pageCount;
    if (pages <= 1) return nothing;
    const t = this.t;
    const current = this.page;
    const wanted = new Set([1, pages, current - 1, current, current + 1].filter((p) => p >= 1 && p <= pages));
    const list = [...wanted].sort((a, b) => a - b);
    const items: (number | 'gap')[] = [];
    list.forEach((p, i) => {
      if (i > 0 && p - list[i - 1] > 1) items.push('gap');
      items.push(p);
    });
    return html`<nav part="pager" class="pager" aria-label=${t.pagesLabel}>
      <button part="previous" class="pager-step" type="button" ?disabled=${current === 1} @click=${() => this.goToPage(current - 1)}>
        ${t.previousPage}
      </button>
      <ol>
        ${items.map((item) =>
          item === 'gap'
            ? html`<li class="gap" aria-hidden="true">…</li>`
            : html`<li>
                <button
                  part="page"
                  class="page"
                  type="button"
                  aria-label=${t.pageLabel(formatNumber(item, locale))}
                  aria-current=${item === current ? 'page' : nothing}
                  @click=${() => this.goToPage(item)}
                >
                  ${formatNumber(item, locale)}
                </button>
              </li>`,
        )}
      </ol>
      <button part="next" class="pager-step" type="button" ?disabled=${current === pages} @click=${() => this.goToPage(current + 1)}>
        ${t.nextPage}
      </button>
    </nav>`;
  }

  private renderSkeleton(): TemplateResult {
    const cards = Math.min(this.limit && this.limit > 0 ? this.limit : this.effectivePageSize, 6);
    return html`<div part="skeleton" aria-hidden="true">
      ${this.shownControls.length > 0 ? html`<span class="skeleton-block skeleton-bar"></span>` : nothing}
      <span class="skeleton-line"></span>
      <ul class="list layout-${this.shownLayout}">
        ${Array.from({ length: cards }, () => html`<li><span class="skeleton-block skeleton-card"></span></li>`)}
      </ul>
    </div>`;
  }

  /** Moves to a page (from 1) and brings keyboard and screen reader focus to the results. */
  goToPage(page: number): void {
    const next = Math.min(Math.max(1, Math.floor(page)), this.pageCount);
    if (next === this.page) return;
    this.page = next;
    this.#focusResults = true;
    this.changed('push');
  }

  /** Puts the filters back to the embed's presets. */
  clearFilters(): void {
    clearTimeout(this.#searchTimer);
    for (const key of FILTER_KEYS) (this as Record<string, unknown>)[key] = this.#presets?.[key];
    this.sort = (this.#presets?.sort as CourseSort | undefined) ?? 'start-date';
    const search = this.renderRoot.querySelector<HTMLInputElement>('#search');
    if (search) search.value = this.q ?? '';
    this.page = 1;
    void this.changed('push');
  }

  private onSearchInput = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => {
      this.q = value.trim() === '' ? undefined : value;
      this.page = 1;
      this.changed('replace');
    }, SEARCH_DELAY);
  };

  private onFilterChange = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    const name = select.dataset.filter as FilterKey;
    const value = select.value === '' ? undefined : name === 'accredited' ? select.value === 'true' : select.value;
    (this as Record<string, unknown>)[name] = value;
    this.page = 1;
    this.changed('push');
  };

  private onSortChange = (event: Event): void => {
    this.sort = (event.target as HTMLSelectElement).value as CourseSort;
    this.page = 1;
    this.changed('push');
  };

  private onPopState = (): void => {
    this.readUrl();
  };

  /** After a visitor's change: tell the host, and keep the URL in step. */
  private async changed(history: 'push' | 'replace'): Promise<void> {
    await this.updateComplete;
    if (this.syncUrl) this.writeUrl(history);
    this.emit('hms-filter-change', { filters: this.filters, sort: this.shownSort, page: this.page, total: this.#results.length });
  }

  private get urlPrefix(): string {
    return `hms-${this.id ? `${this.id}-` : ''}`;
  }

  /** Reads the visitor's view from the URL: a parameter overrides the embed's preset ('' means "all"). */
  private readUrl(): void {
    const params = new URL(location.href).searchParams;
    const prefix = this.urlPrefix;
    for (const key of FILTER_KEYS) {
      const raw = params.get(prefix + key);
      const value = raw === null ? this.#presets?.[key] : raw === '' ? undefined : key === 'accredited' ? raw !== 'false' : raw;
      (this as Record<string, unknown>)[key] = value;
    }
    const sort = params.get(`${prefix}sort`) as CourseSort | null;
    this.sort = sort && COURSE_SORTS.includes(sort) ? sort : ((this.#presets?.sort as CourseSort | undefined) ?? 'start-date');
    const page = Number(params.get(`${prefix}page`));
    this.page = Number.isInteger(page) && page > 0 ? page : 1;
  }

  /** Writes what differs from the embed's presets into the URL, under this list's prefix. */
  private writeUrl(mode: 'push' | 'replace'): void {
    const url = new URL(location.href);
    const prefix = this.urlPrefix;
    for (const key of [...url.searchParams.keys()]) if (key.startsWith(prefix)) url.searchParams.delete(key);
    for (const key of FILTER_KEYS) {
      const current = this[key];
      if ((current ?? '') !== (this.#presets?.[key] ?? '')) url.searchParams.set(prefix + key, current === undefined ? '' : String(current));
    }
    if (this.shownSort !== (this.#presets?.sort ?? 'start-date')) url.searchParams.set(`${prefix}sort`, this.shownSort);
    if (this.page > 1) url.searchParams.set(`${prefix}page`, String(this.page));
    if (url.href === location.href) return;
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  /** Makes the catalog's search text in idle time, so the first keystroke does not wait for it. */
  private prepareSearch(courses: readonly Course[]): void {
    this.#preparing = courses;
    const step = (deadline?: IdleDeadline) => {
      if (this.#preparing !== courses || !this.isConnected) return;
      const until = performance.now() + 8;
      if (!prepareSearchText(courses, () => (deadline ? deadline.timeRemaining() < 2 : performance.now() > until))) whenIdle(step, 50);
    };
    whenIdle(step, 50);
  }

  private updateStructuredData(): void {
    if (jsonLdRefused) return;
    const version = ++this.#jsonLdVersion;
    const catalog = this.data.value?.catalog;
    if (!this.structuredData || !catalog) {
      this.querySelector(OWN_JSON_LD)?.remove();
      return;
    }
    const shown = this.shown;
    structuredDataCode ??= import('../../catalog/structured-data.js').catch((error: unknown) => {
      console.warn('<hms-course-list>: the structured-data code could not be loaded (serve dist/cdn/chunks/ next to the bundle).', error);
      return undefined;
    });
    void structuredDataCode.then((code) => {
      if (code && version === this.#jsonLdVersion && !jsonLdRefused) this.writeJsonLd(code.serializeJsonLd(code.courseListJsonLd(shown, catalog)));
    });
  }

  private writeJsonLd(json: string): void {
    const existing = this.querySelector<HTMLScriptElement>(OWN_JSON_LD);
    if (existing?.textContent === json) return;
    const script = existing ?? Object.assign(document.createElement('script'), { type: 'application/ld+json' });
    script.dataset.hmsGenerated = '';
    try {
      (script as unknown as { textContent: unknown }).textContent = scriptText(json);
      if (!existing) this.append(script);
    } catch (error) {
      jsonLdRefused = true;
      console.warn(
        '<hms-course-list>: structured data could not be added on this page (allow the Trusted Types policy "hms-widgets-json-ld"; see SECURITY.md).',
        error,
      );
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hms-course-list': HmsCourseList;
  }
}
