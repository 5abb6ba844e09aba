import type { CatalogIssue } from '../catalog/types.js';

/** Detail of `hms-catalog-issues`: what validation dropped or cleaned in one catalog document. */
export interface HmsCatalogIssuesDetail {
  issues: CatalogIssue[];
  url: string | undefined;
}

/**
 * Fired (bubbling, composed) once per loaded document that had problems, by the first widget that
 * received it; the same list goes to `console.warn` once.
 */
export type HmsCatalogIssuesEvent = CustomEvent<HmsCatalogIssuesDetail>;

declare global {
  interface HTMLElementEventMap {
    'hms-catalog-issues': HmsCatalogIssuesEvent;
  }
}
