/**
 * The CDN bundle (`dist/cdn/hms-widgets.js`): registers every hms-* element, and exports only what
 * a page using it from a `<script type="module">` needs at run time. The whole API is the npm
 * package's (`hms-widgets`, `hms-widgets/define`); re-exporting it here would ship code no widget runs.
 */
import { defineWidgets } from './widgets.js';

defineWidgets();

export { VERSION } from './version.js';
export { configureCatalogLoader, resetCatalogLoader, type LoaderOptions } from './catalog/loader.js';
