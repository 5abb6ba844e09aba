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

declare global {
  interface HTMLElementEventMap {
    'hms-course-select': HmsCourseSelectEvent;
  }
}
