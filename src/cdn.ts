/**
 * The CDN bundle (`dist/cdn/hms-widgets.js`): registers every hms-* element, and exports only what
 * a page using it from a `<script type="module">` needs at run time. The whole API is the npm
 * package's (`hms-widgets`, `hms-widgets/define`); re-exporting it here would ship code no widget runs.
 */
import './components/mission/mission.js';
import './components/course-list/course-list.js';
import './components/course-card/course-card.js';
import './components/catalog/catalog.js';
import './components/program-list/program-list.js';
import './components/program-card/program-card.js';
import './components/news-list/news-list.js';
import './components/divisions/divisions.js';

export { VERSION } from './version.js';
export { configureCatalogLoader, resetCatalogLoader, type LoaderOptions } from './catalog/loader.js';
