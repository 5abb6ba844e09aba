import { ContextEvent, type Context } from '@lit/context';
import { whenIdle } from '../internal/idle.js';

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
  /** The length at which the list is next cleared of the requests of elements gone or out of the document. */
  pruneAt: number;
}

/** Smallest list that is ever pruned; below it, pruning would cost more than it frees. */
const PRUNE_FROM = 32;

/**
 * Replays the context requests that came before their provider (a widget defined or upgraded
 * before `<hms-catalog>`), as `@lit/context`'s ContextRoot does, but forgets the requests of
 * elements that have left the page. ContextRoot keeps one entry (two WeakRefs) for every
 * subscribing request until a provider for its context appears, and on a page without
 * `<hms-catalog>` none ever does: every course list shown added 13 entries (the list and its
 * cards) for the page's life. Here the requests of elements no longer in the document are dropped
 * (one that comes back asks again as it reconnects, as every consumer does): each time the list
 * doubles, and once the page is idle after new requests, so the list stays within about twice the
 * number of widgets waiting on the page, and a big list that leaves is not kept until twice its size
 * in new requests has come. Dropping collected elements only would not do: a burst of widgets is
 * rarely collected before the list doubles, and the limit would keep doubling with it.
 */
export class CatalogContextRoot {
  readonly #requests = new Map<unknown, Requests>();
  #pruneScheduled = false;

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
    if (requests.list.length >= requests.pruneAt) this.#prune(requests);
    this.#pruneWhenIdle();
  };

  /** Prunes every list once the page is idle (widgets come in bursts: a list and its cards). */
  #pruneWhenIdle(): void {
    if (this.#pruneScheduled) return;
    this.#pruneScheduled = true;
    whenIdle(
      () => {
        this.#pruneScheduled = false;
        for (const requests of this.#requests.values()) this.#prune(requests);
      },
      200,
      2000,
    );
  }

  /** Drops the requests of elements that are gone or out of the document. */
  #prune(requests: Requests): void {
    const kept: Pending[] = [];
    for (const pending of requests.list) {
      const element = pending.element.deref();
      const callback = pending.callback.deref();
      if (!element || !callback) continue;
      if (element.isConnected) kept.push(pending);
      // Out of the document: forget the pair too, so its request is kept again if it comes back.
      else requests.seen.get(element)?.delete(callback);
    }
    requests.list = kept;
    requests.pruneAt = Math.max(PRUNE_FROM, kept.length * 2);
  }

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
