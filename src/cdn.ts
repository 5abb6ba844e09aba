/**
 * The CDN bundle (`dist/cdn/hms-widgets.js`): registers every hms-* element, and exports only what
 * a page using it from a `<script type="module">` needs at run time. The whole API is the npm
 * package's (`hms-widgets`, `hms-widgets/define`); re-exporting it here would ship code no widget runs.
 */
import { whenPlaced } from './internal/start-positions.js';
import { defineWidgetsInTurns } from './widgets.js';

// The tags are defined in a task of their own, once the browser has placed the page's widgets.
void whenPlaced().then(defineWidgetsInTurns);

export { VERSION } from './version.js';
export { configureCatalogLoader, resetCatalogLoader, type LoaderOptions } from './catalog/loader.js';
