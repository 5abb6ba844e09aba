import { defineElement } from '../../internal/define.js';
import { HmsProgramCard } from './program-card.component.js';

export { HmsProgramCard };

defineElement('hms-program-card', HmsProgramCard);
