import { defineElement } from '../../internal/define.js';
import { HmsCourseCard } from '../course-card/course-card.component.js';
import { HmsCourseList } from './course-list.component.js';

export { HmsCourseList, HmsCourseCard };
export type { CourseListControl, CourseListLayout } from './course-list.component.js';

defineElement('hms-course-card', HmsCourseCard);
defineElement('hms-course-list', HmsCourseList);
