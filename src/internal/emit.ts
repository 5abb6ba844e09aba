/** The detail type of an `hms-*` event, from its `HTMLElementEventMap` entry. */
export type EventDetail<K extends keyof HTMLElementEventMap> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Dispatches a typed `hms-*` event that bubbles and crosses shadow roots. Returns false when cancelled. */
export function emit<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  name: K,
  detail: EventDetail<K>,
  init: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: !!init.cancelable }));
}
