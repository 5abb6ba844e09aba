import { ContextEvent, type Context } from '@lit/context';

type AnyContext = Context<unknown, unknown>;
type Callback = ContextEvent<AnyContext>['callback'];

interface Pending {
  element: WeakRef<Element>;
  callback: WeakRef<Callback>;
}

interface Requests {
  /** Element and callback pairs already kept, so a widget moved around the DOM is replayed once. */
  seen: WeakMap<Element, WeakSet<Callback>>;
  list: Pending[];
  /** The length at which the list is next cleared of requests whose element or callback is gone. */
  pruneAt: number;
}

/** Smallest list that is ever pruned; below it, pruning would cost more than it frees. */
const PRUNE_FROM = 32;

const alive = (pending: Pending) => pending.element.deref() !== undefined && pending.callback.deref() !== undefined;

/**
 * Replays the context requests that came before their provider (a widget defined or upgraded
 * before `<hms-catalog>`), as `@lit/context`'s ContextRoot does, but forgets the requests of
 * elements the page has let go of. ContextRoot keeps one entry (two WeakRefs) for every subscribing
 * request until a provider for its context appears, and on a page without `<hms-catalog>` none
 * ever does: every course list shown added 13 entries (the list and its cards) for the page's
 * life. Here the list is cleared of collected elements each time it doubles, so it stays about
 * twice the number of widgets alive.
 */
export class CatalogContextRoot {
  readonly #requests = new Map<unknown, Requests>();

  /** Listens for requests and providers on `target` (the document element). */
  attach(target: EventTarget): void {
    target.addEventListener('context-request', this.#onRequest);
    target.addEventListener('context-provider', this.#onProvider);
  }

  /** How many requests are kept, all contexts together (for tests). */
  get size(): number {
    let size = 0;
    for (const requests of this.#requests.values()) size += requests.list.length;
    return size;
  }

  readonly #onRequest = (event: Event): void => {
    const request = event as ContextEvent<AnyContext>;
    // Only subscribers want a provider that comes later; a one-time request has had its answer.
    if (request.subscribe !== true) return;
    // The requesting element, not the event's target, which may be retargeted to a shadow host.
    const element = request.contextTarget ?? (request.composedPath()[0] as Element);
    let requests = this.#requests.get(request.context);
    if (!requests) this.#requests.set(request.context, (requests = { seen: new WeakMap(), list: [], pruneAt: PRUNE_FROM }));
    let callbacks = requests.seen.get(element);
    if (!callbacks) requests.seen.set(element, (callbacks = new WeakSet()));
    if (callbacks.has(request.callback)) return;
    callbacks.add(request.callback);
    requests.list.push({ element: new WeakRef(element), callback: new WeakRef(request.callback) });
    if (requests.list.length >= requests.pruneAt) {
      requests.list = requests.list.filter(alive);
      requests.pruneAt = Math.max(PRUNE_FROM, requests.list.length * 2);
    }
  };

  readonly #onProvider = (event: Event): void => {
    const context = (event as Event & { context: AnyContext }).context;
    const requests = this.#requests.get(context);
    if (!requests) return;
    // Requests still unanswered after the replay are kept again by #onRequest.
    this.#requests.delete(context);
    for (const pending of requests.list) {
      const element = pending.element.deref();
      const callback = pending.callback.deref();
      if (element && callback) element.dispatchEvent(new ContextEvent(context, element, callback, true));
    }
  };
}
