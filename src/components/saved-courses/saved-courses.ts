import { defineElement } from '../../internal/define.js';
import { HmsSavedCourses } from './saved-courses.component.js';

export { HmsSavedCourses };

defineElement('hms-saved-courses', HmsSavedCourses);
