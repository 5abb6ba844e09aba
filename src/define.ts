/** Registers every hms-* element. Safe to load twice: a tag already defined is kept. */
import './components/mission/mission.js';
import './components/course-list/course-list.js';
import './components/course-card/course-card.js';
import './components/catalog/catalog.js';
import './components/program-list/program-list.js';
import './components/program-card/program-card.js';
import './components/news-list/news-list.js';
import './components/divisions/divisions.js';

export * from './index.js';
