import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { prepareSearchText } from '../catalog/course-query.js';
import type { Catalog } from '../catalog/types.js';
import { whenIdle } from '../internal/idle.js';

/**
 * Makes the search text of the courses an element may search while the page is idle, a slice at a
 * time, so a visitor's first keystroke does not wait for the whole catalog. It stops when the
 * element leaves the page or is given other courses.
 */
export class SearchTextController implements ReactiveController {
  /** The catalog whose courses' search text is being made. */
  #preparing?: Catalog;

  /** @param catalog - The catalog whose courses to prepare after an update, or undefined when there is no search. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly catalog: () => Catalog | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const catalog = this.catalog();
    if (!catalog || catalog === this.#preparing) return;
    this.#preparing = catalog;
    const step = (deadline?: IdleDeadline) => {
      if (this.#preparing !== catalog || !this.host.isConnected) return;
      const until = performance.now() + 8;
      if (!prepareSearchText(catalog.courses, () => (deadline ? deadline.timeRemaining() < 2 : performance.now() > until), catalog.topics)) whenIdle(step, 50);
    };
    whenIdle(step, 50);
  }

  hostDisconnected(): void {
    this.#preparing = undefined;
  }
}
