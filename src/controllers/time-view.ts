import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Whose clock session times are shown on: each course's own time zone, or the visitor's. */
export type TimeView = 'course' | 'visitor';

/**
 * The visitor's choice, per page (its path), for every widget on it: a list's toggle changes its
 * cards and any other course card on the page. It lives in memory only (nothing is stored in the
 * browser, see SECURITY.md): a page loaded again shows each course's own time zone.
 */
const chosen = new Map<string, TimeView>();
const listeners = new Set<() => void>();

/** The page the choice belongs to: its path (a single-page app's routes each keep their own); none on a server. */
const pageKey = (): string => (typeof location === 'undefined' ? '' : location.pathname);

/** The times the visitor chose to see on this page (`course` until they choose). */
export function timeView(): TimeView {
  return chosen.get(pageKey()) ?? 'course';
}

/** Shows every widget's session times on this page on the chosen clock. */
export function setTimeView(view: TimeView): void {
  if (view === timeView()) return;
  chosen.set(pageKey(), view);
  for (const listener of listeners) listener();
}

/** Updates its widget when the visitor switches the times on the page. */
export class TimeViewController implements ReactiveController {
  #update = () => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    listeners.add(this.#update);
  }

  hostDisconnected(): void {
    listeners.delete(this.#update);
  }
}
