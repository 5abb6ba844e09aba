import type { Course } from '../catalog/types.js';

/** Detail of `hms-calendar-download`: the course and the iCalendar text about to be downloaded. */
export interface HmsCalendarDownloadDetail {
  /** The course (for several courses' sessions, the first). */
  course: Course;
  /** Every course whose sessions the file holds ("Add these N sessions"), when there are several. */
  courses?: readonly Course[];
  ics: string;
}

/** Fired (bubbling, composed, cancelable) before "Add to calendar" downloads its `.ics` file. */
export type HmsCalendarDownloadEvent = CustomEvent<HmsCalendarDownloadDetail>;

declare global {
  interface HTMLElementEventMap {
    'hms-calendar-download': HmsCalendarDownloadEvent;
  }
}
