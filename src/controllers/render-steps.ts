import { isServer, type ReactiveControllerHost } from 'lit';
import { nextTask } from '../internal/idle.js';

/**
 * A long list's items beyond the first screen, rendered in later tasks (issue 17). Each card is an
 * element with its own shadow DOM: a list of nine cards rendered in one task was the longest task of
 * the demo's home page on a phone (a trace at 4x CPU: two thirds of it creating the cards' DOM). The
 * list's first render (its skeleton, then its content) shows the first `first()` items, as many as
 * the first screen holds (see {@link firstScreenItems}); each later task adds `step` more (half as
 * many as are in, for a long list), the page getting the main thread back in between, until every
 * item is in. The first screen comes whole: a desktop finder's 12 cards in one render rather than
 * four (which cost the bench's first render in a new page 257 → 175 ms: each step re-renders the
 * list, and the browser may lay out and paint the partial list between two).
 *
 * What the list renders in the end is the same, and so is when partners hear of it: the host's
 * `updateComplete` (and so `hms-load`, which waits for it) resolves once every item is in; a render
 * after that (a page, a filter) shows every item at once. The items that come later are below the
 * first screen: the list grows below the viewport, where no visible content moves. Not on the
 * server, nor in a widget hydrating a server render (its first render must be the server's).
 */
export class RenderSteps {
  /** How many items renders show now, for the phase they are in. */
  #count = Infinity;
  /** The phase of the last render (`'skeleton'`, `'content'`): each phase's first render steps. */
  #phase?: string;
  /** Set while items are still to come: resolves when the next step has been requested. */
  #pending?: Promise<void>;
  #generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: { first: () => number; step: number; enabled: () => boolean },
  ) {}

  /** True while some items are still to come in later tasks. */
  get stepping(): boolean {
    return this.#pending !== undefined;
  }

  /** How many of `total` items the render of `phase` shows now; the rest come in later tasks. */
  count(total: number, phase: string): number {
    if (phase !== this.#phase) {
      this.#phase = phase;
      this.#generation += 1;
      this.#pending = undefined;
      this.#count = isServer || !this.options.enabled() ? Infinity : Math.max(1, this.options.first());
    }
    if (total <= this.#count) {
      // Every item is in: a later render of this phase (a page, a filter) shows every item at once.
      if (!this.#pending) this.#count = Infinity;
      return total;
    }
    this.#pending ??= this.#next(this.#generation);
    return this.#count;
  }

  /** The first items of `items` the render of `phase` shows now (see {@link count}). */
  take<T>(items: readonly T[], phase: string): readonly T[] {
    const count = this.count(items.length, phase);
    return count >= items.length ? items : items.slice(0, count);
  }

  /**
   * Waits for the steps still to come, each render after `update` (the host's own update promise,
   * never its `updateComplete`, which waits for this): what a host's `getUpdateComplete` returns.
   */
  async settle(update: () => Promise<boolean>): Promise<boolean> {
    let result = await update();
    while (this.#pending) {
      await this.#pending;
      result = await update();
    }
    return result;
  }

  async #next(generation: number): Promise<void> {
    await nextTask();
    if (generation !== this.#generation) return;
    // At least `step` more, and half as many as are in once the list is long: a page of thousands
    // of cards comes in a few dozen tasks, not thousands (each re-render walks every item so far).
    this.#count += Math.max(this.options.step, Math.floor(this.#count / 2));
    this.#pending = undefined;
    this.host.requestUpdate();
  }
}

/**
 * Least height, in CSS pixels, of one row of items in each layout, to guess how many rows a screen
 * holds. Measured on the demo's cards (the media box, a title of two lines): a grid card 640-760 px
 * tall on a 390 px phone and about 700 px at 1280; a list row 540-700 px on a phone (it stacks) and
 * 330-370 px at 1280. Each guess is under the least of those, so the first screen is never short.
 */
const ROW_HEIGHT = { grid: 420, list: 300, compact: 48, band: Infinity } as const;
/**
 * A list row's least height in a window narrower than {@link STACKED_BELOW_EM}: a list narrower
 * than 40em (its own width, never more than the window's) stacks each row's image over its text.
 */
const STACKED_ROW_HEIGHT = 500;
const STACKED_BELOW_EM = 40;
/** The default font size, in px: the em of a card's least width and of the 1em gap after it. */
const EM = 16;

/**
 * How many items of a list in `layout` the first screen may hold, from the viewport alone (no
 * layout is read): the columns a grid of `minCardEm` cards fits in the window's width (at most `columns`),
 * times the rows of the least height the window's height holds; a band's one row, and the card cut
 * off at its end. A guess on the generous side: more items than shown cost a little time; fewer
 * would let the first screen fill in later tasks.
 *
 * With `top`, where the list's top is in the viewport (what the library noted when it started,
 * see takeStartTop), only the screen below it counts (for a list that starts above the screen, its
 * rows down to the screen's bottom), and a list that starts below the screen
 * draws one item: the demo's regional page on a phone has its program list 48 px above the
 * screen's bottom and its course list three screens down, and each drew two cards into its
 * skeleton's task (the longest tasks of ours there, at 4x CPU).
 */
export function firstScreenItems(layout: keyof typeof ROW_HEIGHT, columns: number, minCardEm: number, top?: number): number {
  if (typeof innerWidth !== 'number' || innerWidth <= 0) return 3;
  // Above the viewport (a page restored scrolled down), the rows up to the screen's bottom count.
  const below = innerHeight - (top ?? 0);
  if (below <= 0) return 1;
  const fit = Math.max(1, Math.floor((innerWidth + EM) / ((minCardEm + 1) * EM)));
  if (layout === 'band') return fit + 1;
  const across = layout === 'grid' ? Math.min(columns, fit) : 1;
  const row = layout === 'list' && innerWidth < STACKED_BELOW_EM * EM ? STACKED_ROW_HEIGHT : ROW_HEIGHT[layout];
  return across * Math.max(1, Math.ceil(below / row));
}
