import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode & Node };

/**
 * Keeps keyboard focus in the widget when an action removes or disables the control that had it
 * (Clear filters removes itself, Retry is replaced by the content, a page button goes), so a
 * keyboard or screen-reader user is not thrown back to the top of the page: focus goes where the
 * widget says (`fallback`), or where an action asked with {@link moveAfterUpdate}.
 */
export class FocusKeeper implements ReactiveController {
  /** The element in the shadow root (a nested widget counts as one) that last had focus. */
  #last?: Element;
  #next?: () => HTMLElement | null | undefined;

  constructor(
    private readonly host: Host,
    private readonly fallback: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  /** After the next update, focus what `target` then gives (the search box after Clear filters). */
  moveAfterUpdate(target: () => HTMLElement | null | undefined): void {
    this.#next = target;
  }

  hostConnected(): void {
    this.host.renderRoot.addEventListener('focusin', this.#onFocusIn);
    this.host.renderRoot.addEventListener('focusout', this.#onFocusOut);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('focusin', this.#onFocusIn);
    this.host.renderRoot.removeEventListener('focusout', this.#onFocusOut);
  }

  hostUpdated(): void {
    const next = this.#next;
    this.#next = undefined;
    if (next) return focusOn(next());
    const last = this.#last;
    if (!last || (last.isConnected && !last.matches(':disabled'))) return;
    // Only when focus went with the control (to <body>, or still on the disabled one), never when the visitor moved it.
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (active === null || active === document.body || active === last) focusOn(this.fallback());
  }

  readonly #onFocusIn = (event: Event): void => {
    this.#last = event.target as Element;
  };

  /** Focus that moves to another element (here or elsewhere) is no longer ours to keep; a removed control has no such target. */
  readonly #onFocusOut = (event: Event): void => {
    if ((event as FocusEvent).relatedTarget) this.#last = undefined;
  };
}

/** Focuses `el`, making it focusable by script first when it is not (a region, a list). */
export function focusOn(el: HTMLElement | null | undefined): void {
  if (!el) return;
  if (!el.matches('a[href], button, input, select, textarea, [tabindex]')) el.tabIndex = -1;
  el.focus();
}
