/**
 * React components for every widget, through @lit/react: props set the element's properties, and
 * `onHms*` props listen to its events. Importing this module registers the tags.
 */
import { createComponent, type EventName } from '@lit/react';
import React from 'react';
import '../define.js';
import { HmsCatalog as CatalogElement } from '../components/catalog/catalog.component.js';
import { HmsCourseCard as CourseCardElement } from '../components/course-card/course-card.component.js';
import { HmsCourseList as CourseListElement } from '../components/course-list/course-list.component.js';
import { HmsDivisions as DivisionsElement } from '../components/divisions/divisions.component.js';
import { HmsMission as MissionElement } from '../components/mission/mission.component.js';
import { HmsNewsList as NewsListElement } from '../components/news-list/news-list.component.js';
import { HmsProgramCard as ProgramCardElement } from '../components/program-card/program-card.component.js';
import { HmsProgramList as ProgramListElement } from '../components/program-list/program-list.component.js';
import type { HmsCatalogIssuesEvent } from '../events/hms-catalog-issues.js';
import type { HmsCalendarDownloadEvent, HmsCourseSelectEvent } from '../events/hms-course-select.js';
import type { HmsErrorEvent } from '../events/hms-error.js';
import type { HmsFilterChangeEvent } from '../events/hms-filter-change.js';
import type { HmsLoadEvent } from '../events/hms-load.js';
import type { HmsPostSelectEvent, HmsProgramSelectEvent } from '../events/hms-program-select.js';

/** The events every catalog widget fires. */
const catalogEvents = {
  onHmsLoad: 'hms-load' as EventName<HmsLoadEvent>,
  onHmsError: 'hms-error' as EventName<HmsErrorEvent>,
  onHmsCatalogIssues: 'hms-catalog-issues' as EventName<HmsCatalogIssuesEvent>,
};
/** A course card's events; a course list's cards send them on through the list (bubbling, composed). */
const courseEvents = {
  onHmsCourseSelect: 'hms-course-select' as EventName<HmsCourseSelectEvent>,
  onHmsCalendarDownload: 'hms-calendar-download' as EventName<HmsCalendarDownloadEvent>,
};

/** `<hms-catalog>`: names the catalog, language and region for the widgets inside. */
export const Catalog = createComponent({ tagName: 'hms-catalog', elementClass: CatalogElement, react: React });

/** `<hms-mission>`. */
export const Mission = createComponent({ tagName: 'hms-mission', elementClass: MissionElement, react: React, events: catalogEvents });

/** `<hms-course-list>`. */
export const CourseList = createComponent({
  tagName: 'hms-course-list',
  elementClass: CourseListElement,
  react: React,
  events: { ...catalogEvents, ...courseEvents, onHmsFilterChange: 'hms-filter-change' as EventName<HmsFilterChangeEvent> },
});

/** `<hms-course-card>`. */
export const CourseCard = createComponent({
  tagName: 'hms-course-card',
  elementClass: CourseCardElement,
  react: React,
  events: { ...catalogEvents, ...courseEvents },
});

/** `<hms-program-card>`. */
export const ProgramCard = createComponent({
  tagName: 'hms-program-card',
  elementClass: ProgramCardElement,
  react: React,
  events: { ...catalogEvents, onHmsProgramSelect: 'hms-program-select' as EventName<HmsProgramSelectEvent> },
});

/** `<hms-program-list>`. */
export const ProgramList = createComponent({
  tagName: 'hms-program-list',
  elementClass: ProgramListElement,
  react: React,
  events: { ...catalogEvents, onHmsProgramSelect: 'hms-program-select' as EventName<HmsProgramSelectEvent> },
});

/** `<hms-news-list>`. */
export const NewsList = createComponent({
  tagName: 'hms-news-list',
  elementClass: NewsListElement,
  react: React,
  events: { ...catalogEvents, onHmsPostSelect: 'hms-post-select' as EventName<HmsPostSelectEvent> },
});

/** `<hms-divisions>`. */
export const Divisions = createComponent({ tagName: 'hms-divisions', elementClass: DivisionsElement, react: React, events: catalogEvents });
