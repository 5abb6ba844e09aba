import { defineElement } from '../../internal/define.js';
import { HmsNewsList } from './news-list.component.js';

export { HmsNewsList };

defineElement('hms-news-list', HmsNewsList);
