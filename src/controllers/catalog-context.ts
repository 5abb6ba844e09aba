import { createContext } from '@lit/context';

/** What `<hms-catalog>` hands to the widgets inside it. */
export interface CatalogProviderValue {
  /** Absolute URL of the catalog, when the provider has one. */
  url?: string;
  /** A catalog object (from the provider's `catalog` property or its inline JSON). */
  catalog?: object;
  /** Inline JSON text the provider could not parse; each widget reports the parse error. */
  inlineText?: string;
  /** Language for the widgets inside. */
  locale?: string;
  /** Region whose adaptations the widgets inside show. */
  region?: string;
}

/** The context `<hms-catalog>` provides and every catalog widget consumes. */
export const catalogContext = createContext<CatalogProviderValue | undefined>(Symbol.for('hms-widgets.catalog'));
