/**
 * The one list of widgets: every `hms-*` tag with its element class, and the events it fires.
 * `hms-widgets/define`, the CDN bundle, the React wrappers and the tests read it; the build, the
 * package's export patterns and the size check read the matching folders in `src/components/`.
 * A new widget is its folder plus an entry in both lists below (the type checker asks for the
 * second) and a line in `src/react/index.ts`; docs/contributing.md lists every step.
 */
import { HmsCatalog } from './components/catalog/catalog.component.js';
import { HmsCourseCalendar } from './components/course-calendar/course-calendar.component.js';
import { HmsCourseCard } from './components/course-card/course-card.component.js';
import { HmsCourseList } from './components/course-list/course-list.component.js';
import { HmsDivisions } from './components/divisions/divisions.component.js';
import { HmsMission } from './components/mission/mission.component.js';
import { HmsNewsList } from './components/news-list/news-list.component.js';
import { HmsProgramCard } from './components/program-card/program-card.component.js';
import { HmsProgramList } from './components/program-list/program-list.component.js';
import { HmsSavedCourses } from './components/saved-courses/saved-courses.component.js';
import { defineElement } from './internal/define.js';
import { nextTask } from './internal/idle.js';

/** Every element, by tag, in the order `defineWidgets()` registers them. */
export const WIDGETS = {
  'hms-mission': HmsMission,
  'hms-course-list': HmsCourseList,
  'hms-course-card': HmsCourseCard,
  'hms-course-calendar': HmsCourseCalendar,
  'hms-saved-courses': HmsSavedCourses,
  'hms-catalog': HmsCatalog,
  'hms-program-list': HmsProgramList,
  'hms-program-card': HmsProgramCard,
  'hms-news-list': HmsNewsList,
  'hms-divisions': HmsDivisions,
} as const;

/** A widget's tag. */
export type WidgetTag = keyof typeof WIDGETS;

/** What every widget that shows catalog data fires. */
const CATALOG_EVENTS = ['hms-load', 'hms-error', 'hms-catalog-issues'] as const;
const COURSE_EVENTS = [...CATALOG_EVENTS, 'hms-course-select', 'hms-calendar-download', 'hms-save-change'] as const;

/**
 * The events each widget fires, its cards' included (they bubble out of the list). A test checks
 * them against the elements' documented `@fires`.
 */
export const WIDGET_EVENTS = {
  'hms-mission': CATALOG_EVENTS,
  'hms-course-list': [...COURSE_EVENTS, 'hms-filter-change'],
  'hms-course-card': COURSE_EVENTS,
  'hms-course-calendar': COURSE_EVENTS,
  'hms-saved-courses': COURSE_EVENTS,
  'hms-catalog': [],
  'hms-program-list': [...CATALOG_EVENTS, 'hms-program-select'],
  'hms-program-card': [...CATALOG_EVENTS, 'hms-program-select'],
  'hms-news-list': [...CATALOG_EVENTS, 'hms-post-select'],
  'hms-divisions': CATALOG_EVENTS,
} as const satisfies Record<WidgetTag, readonly (keyof HTMLElementEventMap)[]>;

/** Registers every widget; a tag already defined is kept (see `defineElement`). */
export function defineWidgets(): void {
  for (const [tag, element] of Object.entries(WIDGETS)) defineElement(tag, element);
}

/** The tags of the page's widgets not defined yet, in the order of each tag's first widget. */
export function undefinedWidgetTags(): Set<WidgetTag> {
  const tags = new Set<WidgetTag>();
  for (const el of document.querySelectorAll(':not(:defined)')) if (el.localName in WIDGETS) tags.add(el.localName as WidgetTag);
  return tags;
}

/** Tags whose widgets format no date, price, list or relative time (the divisions' counts are plain numbers). */
const FORMATS_LITTLE: ReadonlySet<string> = new Set(['hms-catalog', 'hms-mission', 'hms-divisions']);

/** True when some widget of `tags` formats dates, prices or lists: the page then starts the formatting services early (see startFormatting). */
export function formatsMuch(tags: Iterable<WidgetTag>): boolean {
  for (const tag of tags) if (!FORMATS_LITTLE.has(tag)) return true;
  return false;
}

/** The tag a widget draws in its own shadow DOM (its skeleton's cards too): defined with it, never after. */
const INNER: Partial<Record<WidgetTag, WidgetTag>> = { 'hms-course-list': 'hms-course-card', 'hms-program-list': 'hms-program-card' };

/**
 * The CDN bundle's definitions (issue 17): each tag the page uses in a task of its own, in the order
 * its first widget comes in the page (so `<hms-catalog>` before the widgets inside it, and a list
 * with the card tag it draws), then every other tag at once. Defining a tag upgrades all its widgets
 * and draws the first render of those on screen in that task: with every tag in one task, that task
 * was the longest of ours on the demo's regional page on a phone.
 */
export async function defineWidgetsInTurns(): Promise<void> {
  for (const tag of undefinedWidgetTags()) {
    if (customElements.get(tag)) continue;
    const inner = INNER[tag];
    if (inner) defineElement(inner, WIDGETS[inner]);
    defineElement(tag, WIDGETS[tag]);
    await nextTask();
  }
  defineWidgets();
}
