import { COURSE_STATUSES, DIVISION_IDS, MODALITIES, type Catalog, type DivisionId, type Modality } from '../../catalog/types.js';
import { nothing, type TemplateResult } from 'lit';
import { html } from '../../internal/html.js';
import { formatNumber, languageName } from '../../i18n/format.js';
import { localized, termLabel } from '../../catalog/localize.js';
import type { Messages } from '../../i18n/messages.js';

/** The names of the UI strings that are plain text. */
type TextKey = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];

/**
 * One filter select of `<hms-course-list>`. Its `key` names the property, the reflected attribute,
 * the facet that counts its options, the URL parameter (after the list's prefix) and the select.
 */
export interface CourseListFilter {
  /** The control's name in the `controls` attribute. */
  readonly control: 'division' | 'modality' | 'topic' | 'accreditation' | 'language';
  readonly key: 'division' | 'modality' | 'topic' | 'accredited' | 'language';
  /** The select's label and its "all" option, as UI strings. */
  readonly label: TextKey;
  readonly all: TextKey;
  /** An option's text, before its count. */
  option(value: string, t: Messages, catalog: Catalog, locale: string): string;
  /** The options' fixed order; without one they sort by their text. */
  readonly order?: readonly string[];
  /** The value a non-empty text stands for (the text itself unless given). */
  parse?(text: string): unknown;
}

/** The filters in the order their controls show. */
export const COURSE_LIST_FILTERS: readonly CourseListFilter[] = [
  {
    control: 'division',
    key: 'division',
    label: 'divisionFilter',
    all: 'allDivisions',
    option: (id, t, catalog, locale) => {
      const division = catalog.divisions.find((d) => d.id === id);
      return (division && localized(division, 'name', locale)?.text) ?? t.division[id as DivisionId] ?? id;
    },
    order: DIVISION_IDS,
  },
  {
    control: 'modality',
    key: 'modality',
    label: 'modalityFilter',
    all: 'allModalities',
    option: (modality, t) => t.modality[modality as Modality] ?? modality,
    order: MODALITIES,
  },
  // Options are topic ids (what the URL keeps), shown by their label in the visitor's language.
  { control: 'topic', key: 'topic', label: 'topicFilter', all: 'allTopics', option: (id, _t, catalog, locale) => termLabel(catalog.topics, id, locale, locale).text },
  {
    control: 'accreditation',
    key: 'accredited',
    label: 'accreditationFilter',
    all: 'allAccreditation',
    option: (v, t) => (v === 'true' ? t.accredited : t.notAccredited),
    order: ['true', 'false'],
    parse: (text) => text !== 'false',
  },
  {
    control: 'language',
    key: 'language',
    label: 'languageFilter',
    all: 'allLanguages',
    option: (tag, _t, _catalog, locale) => languageName(tag, locale),
  },
];

/** Every filter a list keeps in its presets and its URL: the search, the selects, and the status (attribute only). */
export const FILTER_KEYS = ['q', ...COURSE_LIST_FILTERS.map((filter) => filter.key), 'status'] as const;
/** One of {@link FILTER_KEYS}. */
export type FilterKey = 'q' | CourseListFilter['key'] | 'status';

/** A filter's value from text (a select's value, a URL parameter): '' means "all". */
export function filterValue(key: FilterKey, text: string): unknown {
  if (text === '') return undefined;
  const parse = COURSE_LIST_FILTERS.find((filter) => filter.key === key)?.parse;
  return parse ? parse(text) : text;
}

/** True when `text` can stand for a value of the filter: one of its fixed values, or any text for a free filter. */
export function isFilterText(key: FilterKey, text: string): boolean {
  if (text === '') return true;
  const values = key === 'status' ? COURSE_STATUSES : COURSE_LIST_FILTERS.find((filter) => filter.key === key)?.order;
  return !values || values.includes(text);
}

export { capSearchText, SEARCH_MAX_LENGTH, SEARCH_MAX_TERMS } from '../../catalog/search.js';

/** The `accredited` attribute: `true` or `false`, unset when absent or empty. */
export const optionalBoolean = {
  fromAttribute: (value: string | null) => (value === null || value === '' ? undefined : value !== 'false'),
  toAttribute: (value: boolean | undefined) => (value === undefined ? null : String(value)),
};

/** What a filter select needs to know about the list it is in. */
export interface FilterSelectContext {
  t: Messages;
  catalog: Catalog;
  locale: string;
  collator: Intl.Collator;
}

/** Most values a filter select lists (topics and languages are free text: a catalog may have thousands). */
export const MAX_OPTIONS = 200;

/**
 * One filter select: "all", then the values in the data with their counts under the other filters
 * (the {@link MAX_OPTIONS} with the most courses when there are more, and the current one).
 */
export function renderFilterSelect(
  filter: CourseListFilter,
  counts: ReadonlyMap<string, number> = new Map(),
  current: string,
  onChange: (event: Event) => void,
  { t, catalog, locale, collator }: FilterSelectContext,
): TemplateResult {
  const { key, order } = filter;
  const label = (value: string) => filter.option(value, t, catalog, locale);
  let values = [...counts.keys()];
  if (values.length > MAX_OPTIONS) {
    // The options that lead to the most courses, and the current one: a select of 100,000 topics helps no one.
    values = values.sort((a, b) => counts.get(b)! - counts.get(a)!).slice(0, MAX_OPTIONS);
    if (current && counts.has(current) && !values.includes(current)) values.push(current);
  }
  values.sort(order ? (a, b) => order.indexOf(a) - order.indexOf(b) : (a, b) => collator.compare(label(a), label(b)));
  return html`<div part="field" class="field">
    <label for=${`filter-${key}`}>${t[filter.label]}</label>
    <select part="filter filter-${key}" id=${`filter-${key}`} data-filter=${key} @change=${onChange}>
      <option value="" ?selected=${!current}>${t[filter.all]}</option>
      ${values.map((value) => {
        const text = t.optionWithCount(label(value), formatNumber(counts.get(value) ?? 0, locale));
        return html`<option value=${value} ?selected=${value === current}>${text}</option>`;
      })}
    </select>
  </div>`;
}

/** What the folded filters need: how many are set, whether the fold is open, and how to toggle it. */
export interface FilterFoldContext {
  t: Messages;
  locale: string;
  /** Filters set among the selects shown (the search box is outside the fold: it is not counted). */
  active: number;
  open: boolean;
  onToggle: () => void;
}

/**
 * The filter selects in a panel, after a "Filters" disclosure button that only shows below 40em
 * of the widget's width (filters.ts): on a phone the results start one row below the search box.
 * The button's name says how many filters are set ("Filters, 2 active"); it starts with what the button
 * shows ("Filters 2", the count as a badge), so a voice user can say what they see.
 */
export function renderFilterFold(fields: unknown, { t, locale, active, open, onToggle }: FilterFoldContext): TemplateResult {
  const count = formatNumber(active, locale);
  return html`<button
      part="filters-toggle"
      class="filters-toggle"
      type="button"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="filter-panel"
      aria-label=${t.filtersToggle(active, count)}
      @click=${onToggle}
    >
      ${t.filtersButton} ${active > 0 ? html`<span part="filters-count" class="filters-count">${count}</span>` : nothing}
    </button>
    <div part="filter-panel" class="filter-panel ${open ? 'open' : ''}" id="filter-panel">${fields}</div>`;
}
