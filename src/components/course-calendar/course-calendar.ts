import { defineElement } from '../../internal/define.js';
import { HmsCourseCalendar } from './course-calendar.component.js';

export { HmsCourseCalendar };
export type { CourseCalendarView, CourseCalendarZone } from './course-calendar.component.js';

defineElement('hms-course-calendar', HmsCourseCalendar);
