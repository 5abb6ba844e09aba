/**
 * React components for every widget, through @lit/react: props set the element's properties, and
 * `onHms*` props listen to its events. Importing this module registers the tags.
 */
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import React from 'react';
import '../define.js';
import { WIDGET_EVENTS, WIDGETS, type WidgetTag } from '../widgets.js';

/** `hms-course-select` → `HmsCourseSelect`. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/** A widget's events as React props: `hms-course-select` → `onHmsCourseSelect`, with the event's type. */
type ReactEvents<Tag extends WidgetTag> = {
  [Name in (typeof WIDGET_EVENTS)[Tag][number] as `on${Pascal<Name>}`]: EventName<HTMLElementEventMap[Name]>;
};

/** The React component of one widget, its props and events typed from the element and `WIDGET_EVENTS`. */
function wrap<Tag extends WidgetTag>(tagName: Tag): ReactWebComponent<InstanceType<(typeof WIDGETS)[Tag]>, ReactEvents<Tag>> {
  const events = Object.fromEntries(
    WIDGET_EVENTS[tagName].map((name: string) => [`on${name.replace(/(^|-)(\w)/g, (_, _dash, c: string) => c.toUpperCase())}`, name]),
  ) as ReactEvents<Tag>;
  const elementClass = WIDGETS[tagName] as unknown as new () => InstanceType<(typeof WIDGETS)[Tag]>;
  return createComponent({ tagName, elementClass, react: React, events });
}

/** `<hms-catalog>`: names the catalog, language and region for the widgets inside. */
export const Catalog = wrap('hms-catalog');
/** `<hms-mission>`. */
export const Mission = wrap('hms-mission');
/** `<hms-course-list>`; its cards' `onHmsCourseSelect`, `onHmsCalendarDownload` and `onHmsSaveChange` reach it too. */
export const CourseList = wrap('hms-course-list');
/** `<hms-course-card>`. */
export const CourseCard = wrap('hms-course-card');
/** `<hms-course-calendar>`. */
export const CourseCalendar = wrap('hms-course-calendar');
/** `<hms-saved-courses>`: the visitor's saved courses (`onHmsSaveChange` when they remove one). */
export const SavedCourses = wrap('hms-saved-courses');
/** `<hms-program-card>`. */
export const ProgramCard = wrap('hms-program-card');
/** `<hms-program-list>`. */
export const ProgramList = wrap('hms-program-list');
/** `<hms-news-list>`. */
export const NewsList = wrap('hms-news-list');
/** `<hms-divisions>`. */
export const Divisions = wrap('hms-divisions');
