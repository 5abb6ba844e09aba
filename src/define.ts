/** Registers every hms-* element. Safe to load twice: a tag already defined is kept. */
import { defineWidgets } from './widgets.js';

defineWidgets();

export * from './index.js';
