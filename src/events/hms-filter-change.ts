import type { CourseFilters, CourseSort } from '../catalog/course-query.js';

/** Detail of `hms-filter-change`: the list's filters, sort and page after a visitor changed them. */
export interface HmsFilterChangeDetail {
  filters: CourseFilters;
  sort: CourseSort;
  page: number;
  /** How many courses match. */
  total: number;
}

/** Fired (bubbling, composed) when a visitor changes a course list's search, filters, sort or page. */
export type HmsFilterChangeEvent = CustomEvent<HmsFilterChangeDetail>;

declare global {
  interface HTMLElementEventMap {
    'hms-filter-change': HmsFilterChangeEvent;
  }
}
