import { defineElement } from '../../internal/define.js';
import { HmsDivisions } from './divisions.component.js';

export { HmsDivisions };

defineElement('hms-divisions', HmsDivisions);
