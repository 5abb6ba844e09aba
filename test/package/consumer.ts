// A consumer written in strict TypeScript, against the packed package (test/node/package.test.mjs
// type-checks it with moduleResolution Bundler and NodeNext). `@ts-expect-error` lines prove the
// types are real: each must be an error, or tsc fails.
import 'hms-widgets/define';
import 'hms-widgets/course-list';
import { HmsMission as MissionClass } from 'hms-widgets/mission/class';
import { configureCatalogLoader, validateCatalog, type Course, type HmsCourseSelectEvent, type HmsMission } from 'hms-widgets';
import { CourseList, Mission } from 'hms-widgets/react';
import { createElement, type ComponentProps } from 'react';

configureCatalogLoader({ timeout: 5000 });

// Tag names are typed through HTMLElementTagNameMap, events through HTMLElementEventMap.
const list = document.querySelector('hms-course-list');
if (list) {
  list.modality = 'live';
  list.pageSize = 6;
  // @ts-expect-error: not a modality
  list.modality = 'by-carrier-pigeon';
  list.addEventListener('hms-course-select', (event) => {
    const title: string = event.detail.course.title;
    console.log(title.toUpperCase(), event.cancelable);
    // @ts-expect-error: the detail has no such field
    console.log(event.detail.nope);
  });
  list.addEventListener('hms-course-select', (event: HmsCourseSelectEvent) => {
    const course: Course = event.detail.course;
    event.preventDefault();
    console.log(course.id);
  });
  list.addEventListener('hms-filter-change', (event) => console.log(event.detail.total, event.detail.filters.q ?? ''));
}

const mission: HmsMission | null = document.querySelector('hms-mission');
mission?.refresh().then(() => console.log(mission.variant));
customElements.define('partner-mission', class extends MissionClass {});

const { catalog, issues } = validateCatalog({ version: 1 });
console.log(catalog.courses.length, issues.map((issue) => issue.path));

// React: element properties and onHms* event props, typed from the element class and the events.
const listProps: ComponentProps<typeof CourseList> = {
  src: '/catalog.json',
  modality: 'live',
  pageSize: 6,
  onHmsLoad: (event) => console.log(event.detail.counts.courses),
  onHmsCourseSelect: (event) => {
    console.log(event.detail.course.title);
    event.preventDefault();
  },
  onHmsFilterChange: (event) => console.log(event.detail.total),
};
// @ts-expect-error: the course list fires no hms-program-select
const wrongEvent: ComponentProps<typeof CourseList> = { onHmsProgramSelect: () => undefined };
console.log(wrongEvent);
// @ts-expect-error: not a modality
const wrongValue: ComponentProps<typeof CourseList> = { modality: 'by-carrier-pigeon' };
console.log(wrongValue);
console.log(createElement(CourseList, listProps), createElement(Mission, { variant: 'quote', onHmsError: (event) => console.log(event.detail.message) }));
