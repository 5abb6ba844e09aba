import { type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { html } from '../internal/html.js';

/** How long typing must pause before the result count is announced (ms). */
export const QUIET_DELAY = 800;
/**
 * How long after a change its announcement is written (ms). The region is in the page, empty, well
 * before it speaks (screen readers skip a region that is created with its text), and a load that
 * ends sooner never says "Loading".
 */
export const SETTLE_DELAY = 100;

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/**
 * A widget's one polite live region, and what it says: each announcement is written once, after
 * {@link SETTLE_DELAY} (or once typing has paused for {@link QUIET_DELAY}), and a newer one replaces
 * one still waiting. `status` gives what the widget's state wants said (loading, an error) after
 * each update; the region speaks when that changes.
 */
export class Announcer implements ReactiveController {
  #timer?: ReturnType<typeof setTimeout>;
  #status?: string;

  constructor(
    private readonly host: Host,
    private readonly status: () => string | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  /** The region, rendered empty: only this controller writes its text. */
  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" part="announcement"></div>`;
  }

  /** Says `text` (or what `text()` gives when the time comes) after `delay` ms, replacing anything still waiting. */
  say(text: string | (() => string), delay = SETTLE_DELAY): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#write(typeof text === 'string' ? text : text()), delay);
  }

  /** Says what `text()` gives once calls have paused for {@link QUIET_DELAY} ms (each call restarts the wait). */
  sayWhenQuiet(text: () => string): void {
    this.say(text, QUIET_DELAY);
  }

  /** Drops anything waiting and empties the region. */
  clear(): void {
    clearTimeout(this.#timer);
    this.#write('');
  }

  hostUpdated(): void {
    const status = this.status();
    if (status === undefined || status === this.#status) return;
    this.#status = status;
    if (status === '') this.clear();
    else this.say(status);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  #write(text: string): void {
    const region = this.host.renderRoot.querySelector('[part~="announcement"]');
    if (region) region.textContent = text;
  }
}
