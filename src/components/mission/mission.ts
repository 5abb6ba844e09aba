import { defineElement } from '../../internal/define.js';
import { HmsMission } from './mission.component.js';

export { HmsMission };
export type { MissionVariant } from './mission.component.js';

defineElement('hms-mission', HmsMission);
