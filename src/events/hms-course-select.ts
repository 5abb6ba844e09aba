import type { Course } from '../catalog/types.js';

/** Detail of `hms-course-select`: the course a visitor chose. */
export interface HmsCourseSelectDetail {
  course: Course;
}

/**
 * Fired (bubbling, composed, cancelable) when a visitor activates a course's title link. When no
 * listener calls `preventDefault()`, the link navigates to the course page.
 */
export type HmsCourseSelectEvent = CustomEvent<HmsCourseSelectDetail>;

/** Detail of `hms-calendar-download`: the course and the iCalendar text about to be downloaded. */
export interface HmsCalendarDownloadDetail {
  course: Course;
  ics: string;
}

/** Fired (bubbling, composed, cancelable) before "Add to calendar" downloads its `.ics` file. */
export type HmsCalendarDownloadEvent = CustomEvent<HmsCalendarDownloadDetail>;

declare global {
  interface HTMLElementEventMap {
    'hms-course-select': HmsCourseSelectEvent;
    'hms-calendar-download': HmsCalendarDownloadEvent;
  }
}
