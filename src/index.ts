/**
 * hms-widgets: the public surface. Importing this module defines no element; import
 * `hms-widgets/define` (or a widget's own define module) to register the tags.
 */
export { VERSION } from './version.js';
export { HmsMission, type MissionVariant } from './components/mission/mission.component.js';
export { HmsCourseList, type CourseListControl, type CourseListLayout } from './components/course-list/course-list.component.js';
export { HmsCourseCard, type CourseCardVariant } from './components/course-card/course-card.component.js';
export { HmsCourseCalendar, type CourseCalendarView, type CourseCalendarZone } from './components/course-calendar/course-calendar.component.js';
export { HmsSavedCourses } from './components/saved-courses/saved-courses.component.js';
export { HmsCatalog } from './components/catalog/catalog.component.js';
export { HmsProgramCard, deadlineWording } from './components/program-card/program-card.component.js';
export { HmsProgramList } from './components/program-list/program-list.component.js';
export { HmsNewsList } from './components/news-list/news-list.component.js';
export { HmsDivisions } from './components/divisions/divisions.component.js';
export { adaptProgram, applicationState, programsForRegion, ADAPTABLE_FIELDS, type RegionalProgram, type ApplicationState } from './catalog/programs.js';
export { currentOfferings, selectPosts } from './catalog/offerings.js';
export { catalogContext, type CatalogProviderValue } from './controllers/catalog-context.js';
export { queryCourses, facetCounts, firstStart, COURSE_FACETS, COURSE_SORTS, type CourseFilters, type CourseFacet, type CourseSort } from './catalog/course-query.js';
export { foldForSearch } from './catalog/search.js';
export { localized, localizedList, languageChain, termLabel, type Localized } from './catalog/localize.js';
export { catalogUidDomain, coursesToIcs, courseToIcs, sessionsToIcs, type IcsOptions, type SessionRef } from './catalog/ics.js';
export { sessionsByDay, monthWeeks, dayInZone, type PlacedSession, type CalendarMonth } from './catalog/calendar-days.js';
export { calendarLinks, type CalendarLinks } from './catalog/calendar-links.js';
export { courseJsonLd, courseListJsonLd } from './catalog/structured-data.js';
export { HmsElement } from './base/hms-element.js';
export { HmsCatalogElement } from './base/catalog-element.js';
export { defineElement } from './internal/define.js';
export * from './catalog/types.js';
export * from './catalog/errors.js';
export { validateCatalog, parseCatalogText, TEXT_LIMITS, type ValidateOptions, type ValidationResult } from './catalog/validate.js';
export {
  CatalogStore,
  catalogStore,
  configureCatalogLoader,
  resetCatalogLoader,
  type CacheMode,
  type LoadedCatalog,
  type LoaderOptions,
  type LoadOptions,
} from './catalog/loader.js';
export { forgetLastGood, LAST_GOOD_CACHE, LAST_GOOD_LIMITS } from './catalog/last-good.js';
export { safeUrl } from './catalog/url.js';
export { CatalogController, resolveSource, type CatalogSource } from './controllers/catalog-controller.js';
export { SAVED_KEY, SAVED_LIMITS, SHARE_PARAMETER, type SavedCourse } from './controllers/saved-courses.js';
export type { HmsLoadDetail, HmsLoadEvent } from './events/hms-load.js';
export type { HmsErrorDetail, HmsErrorEvent } from './events/hms-error.js';
export type { HmsCatalogIssuesDetail, HmsCatalogIssuesEvent } from './events/hms-catalog-issues.js';
export type { HmsCourseSelectDetail, HmsCourseSelectEvent } from './events/hms-course-select.js';
export type { HmsCalendarDownloadDetail, HmsCalendarDownloadEvent } from './events/hms-calendar-download.js';
export type { HmsFilterChangeDetail, HmsFilterChangeEvent } from './events/hms-filter-change.js';
export type { HmsSaveChangeDetail, HmsSaveChangeEvent } from './events/hms-save-change.js';
export type { HmsProgramSelectDetail, HmsProgramSelectEvent } from './events/hms-program-select.js';
export type { HmsPostSelectDetail, HmsPostSelectEvent } from './events/hms-post-select.js';
export type { Messages } from './i18n/messages.js';
