/**
 * The CDN bundle (`dist/cdn/hms-widgets.js`): registers every hms-* element, and exports only what
 * a page using it from a `<script type="module">` needs at run time. The whole API is the npm
 * package's (`hms-widgets`, `hms-widgets/define`); re-exporting it here would ship code no widget runs.
 */
import { startFormatting } from './i18n/format.js';
import { whenPlaced } from './internal/start-positions.js';
import { defineWidgetsInTurns, formatsMuch, undefinedWidgetTags } from './widgets.js';

// The tags are defined in a task of their own, once the browser has placed the page's widgets and,
// on a page whose widgets show dates or prices, has started its formatting services in tasks of
// their own: the first skeleton card would otherwise start them inside the task that draws it.
void Promise.all([whenPlaced(), formatsMuch(undefinedWidgetTags()) ? startFormatting() : undefined]).then(defineWidgetsInTurns);

export { VERSION } from './version.js';
export { configureCatalogLoader, resetCatalogLoader, type LoaderOptions } from './catalog/loader.js';
