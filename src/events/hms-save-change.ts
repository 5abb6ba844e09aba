import type { Course } from '../catalog/types.js';

/** Detail of `hms-save-change`: what the visitor starred or unstarred, and their saved list now. */
export interface HmsSaveChangeDetail {
  /** The course's id (the first one when several changed at once: a shared list kept). */
  id: string;
  /** That course, when the widget has it in its catalog (a course no longer offered has none). */
  course?: Course;
  /** True when saved, false when removed. */
  saved: boolean;
  /** Every course id that changed (one, or a shared list's when the visitor kept it). */
  ids: readonly string[];
  /** The ids of every course the visitor has saved now (of this catalog), in the order saved. */
  savedIds: readonly string[];
  /**
   * False when the browser refused to keep the change (storage blocked, private mode, quota): the
   * list then holds for this page only, and every widget on it still shows it.
   */
  stored: boolean;
}

/**
 * Fired (bubbling, composed) after a visitor starred or unstarred a course (a `saveable` widget's
 * Save button, or Remove and "Save these courses" in `<hms-saved-courses>`). The list is already
 * changed and kept in the browser; nothing is sent anywhere.
 */
export type HmsSaveChangeEvent = CustomEvent<HmsSaveChangeDetail>;

declare global {
  interface HTMLElementEventMap {
    'hms-save-change': HmsSaveChangeEvent;
  }
}
