import type { CatalogError } from '../catalog/errors.js';

/** Detail of `hms-error`: why the catalog could not be shown, and the message the visitor sees. */
export interface HmsErrorDetail {
  error: CatalogError;
  message: string;
}

/** Fired (bubbling, composed) when a widget shows an error instead of its content. */
export type HmsErrorEvent = CustomEvent<HmsErrorDetail>;

declare global {
  interface HTMLElementEventMap {
    'hms-error': HmsErrorEvent;
  }
}
