/**
 * The CDN bundle for pages with server-rendered widgets (`dist/cdn/hms-widgets-hydrate.js`): the
 * full bundle with Lit's hydration support, which must run before Lit loads (hence its own file:
 * the other bundles do not carry it). A widget's server-rendered shadow root is taken over as it
 * is; widgets on the page without one render as usual.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { defineWidgets } from './widgets.js';

defineWidgets();

export { VERSION } from './version.js';
export { configureCatalogLoader, resetCatalogLoader, type LoaderOptions } from './catalog/loader.js';
