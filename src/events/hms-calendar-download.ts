import type { Course } from '../catalog/types.js';

/** Detail of `hms-calendar-download`: the course and the iCalendar text about to be downloaded. */
export interface HmsCalendarDownloadDetail {
  course: Course;
  ics: string;
}

/** Fired (bubbling, composed, cancelable) before "Add to calendar" downloads its `.ics` file. */
export type HmsCalendarDownloadEvent = CustomEvent<HmsCalendarDownloadDetail>;

declare global {
  interface HTMLElementEventMap {
    'hms-calendar-download': HmsCalendarDownloadEvent;
  }
}
