import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { prepareSearchText } from '../catalog/course-query.js';
import type { Course } from '../catalog/types.js';
import { whenIdle } from '../internal/idle.js';

/**
 * Makes the search text of the courses an element may search while the page is idle, a slice at a
 * time, so a visitor's first keystroke does not wait for the whole catalog. It stops when the
 * element leaves the page or is given other courses.
 */
export class SearchTextController implements ReactiveController {
  /** The courses whose search text is being made. */
  #preparing?: readonly Course[];

  /** @param courses - The courses to prepare after an update, or undefined when there is no search. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly courses: () => readonly Course[] | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const courses = this.courses();
    if (!courses || courses === this.#preparing) return;
    this.#preparing = courses;
    const step = (deadline?: IdleDeadline) => {
      if (this.#preparing !== courses || !this.host.isConnected) return;
      const until = performance.now() + 8;
      if (!prepareSearchText(courses, () => (deadline ? deadline.timeRemaining() < 2 : performance.now() > until))) whenIdle(step, 50);
    };
    whenIdle(step, 50);
  }

  hostDisconnected(): void {
    this.#preparing = undefined;
  }
}
