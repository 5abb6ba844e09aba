import { defineElement } from '../../internal/define.js';
import { HmsCatalog } from './catalog.component.js';

export { HmsCatalog };

defineElement('hms-catalog', HmsCatalog);
