import { defineElement } from '../../internal/define.js';
import { HmsProgramCard } from '../program-card/program-card.component.js';
import { HmsProgramList } from './program-list.component.js';

export { HmsProgramList, HmsProgramCard };

defineElement('hms-program-card', HmsProgramCard);
defineElement('hms-program-list', HmsProgramList);
