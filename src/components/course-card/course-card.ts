import { defineElement } from '../../internal/define.js';
import { HmsCourseCard } from './course-card.component.js';

export { HmsCourseCard };
export type { CourseCardVariant } from './course-card.component.js';

defineElement('hms-course-card', HmsCourseCard);
