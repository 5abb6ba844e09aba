/** Registers every hms-* element. Safe to load twice: a tag already defined is kept. */
import './components/mission/mission.js';

export * from './index.js';
