import type { CatalogCounts } from '../catalog/types.js';

/** Detail of `hms-load`: the catalog arrived and the widget rendered it. */
export interface HmsLoadDetail {
  /** How many items of each kind the catalog holds. */
  counts: CatalogCounts;
  /** Absolute URL of the catalog, or undefined for a property or inline JSON. */
  url: string | undefined;
}

/** Fired (bubbling, composed) when a widget's catalog has loaded. */
export type HmsLoadEvent = CustomEvent<HmsLoadDetail>;

declare global {
  interface HTMLElementEventMap {
    'hms-load': HmsLoadEvent;
  }
}
