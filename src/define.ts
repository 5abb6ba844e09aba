/** Registers every hms-* element. Safe to load twice: a tag already defined is kept. */
import './components/mission/mission.js';
import './components/course-list/course-list.js';
import './components/course-card/course-card.js';

export * from './index.js';
